import { expect, open, test } from "./support/fixtures";

// A tutor message of 499 nested superscripts once made its conversation page answer 500: KaTeX
// and the HTML it builds recurse once per level. The page must answer 200 and show the message.
const NESTED = `${"x^{".repeat(499)}1${"}".repeat(499)}`;

test("a stored message of deeply nested TeX leaves its conversation page working", async ({
  page,
  account,
}) => {
  const signUp = await page.request.post("/api/auth/sign-up", {
    data: { ...account, role: "learner" },
  });
  expect(signUp.status()).toBe(201);
  const turn = await page.request.post("/api/tutor", { data: { message: `$${NESTED}$` } });
  expect(turn.status()).toBe(200);
  const { conversationId } = (await turn.json()) as { conversationId: string };

  const response = await page.request.get(`/tutor?c=${conversationId}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("x^{x^{x^{");

  await open(page, `/tutor?c=${conversationId}`);
  await expect(page.getByTestId("tutor-log").locator('[data-role="user"]')).toContainText(
    "x^{x^{x^{",
  );
});
