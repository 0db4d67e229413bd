import { DEMO, expectAccessible, signIn, test } from "./support/fixtures";
import { expect } from "@playwright/test";

const publicPages = [
  { path: "/", heading: "Why do LSTMs keep their gradients?" },
  { path: "/sign-in", heading: "Sign in" },
  { path: "/sign-up", heading: "Create an account" },
  { path: "/lessons/why-lstm-solves-vanishing-gradients", heading: "Why does the LSTM solve" },
  { path: "/lessons/gru", heading: "The GRU" },
  { path: "/glossary", heading: "Glossary" },
  { path: "/lab", heading: "Simulation lab" },
  { path: "/no-such-page", heading: "Page not found" },
];

for (const { path, heading } of publicPages) {
  test(`${path} has no serious accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expectAccessible(page);
  });
}

test("signed-in pages have no serious accessibility violation", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page.getByRole("heading", { level: 1, name: "My classes" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await expectAccessible(page);
});

test("dark mode pages have no serious accessibility violation", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/", "/sign-in"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("the sign-in form works by keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(DEMO.learner.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO.learner.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-as")).toHaveText("Demo Learner");
});

test("a lesson shows its cell diagram, its deep dives folded, and links its terms to the glossary", async ({
  page,
}) => {
  await page.goto("/lessons/why-lstm-solves-vanishing-gradients");
  await expect(
    page.getByRole("img", { name: /LSTM cell: the cell path the gradient follows/ }),
  ).toBeVisible();
  const derivation = page.getByText("The cell's Jacobian, step by step");
  await expect(derivation).toBeVisible();
  await derivation.click();
  await expect(page.getByText("The product rule.")).toBeVisible();
  await page.getByTestId("glossary-links").getByRole("link", { name: "Jacobian" }).first().click();
  await expect(page).toHaveURL(/\/glossary#jacobian$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
});
