import { getQuestion } from "@/lib/content";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signIn, signUp, test, open } from "./support/fixtures";

const LESSON = "what-problem-lstm-solves";
const FIRST = getQuestion(`${LESSON}/main-problem`);
if (!FIRST || FIRST.type !== "single-choice")
  throw new Error("expected a single-choice first question");
const RIGHT_ID = FIRST.options.find((o) => o.correct)?.id ?? "";
const WRONG_ID = FIRST.options.find((o) => !o.correct)?.id ?? "";

/**
 * The keyboard shortcut the page shows beside an option. Options are shuffled per learner, so
 * the shortcut is read from the page: pressing it must choose that option.
 */
async function shortcutOf(page: Page, optionId: string): Promise<string> {
  const key = page.locator(`label:has(input[value="${optionId}"]) [aria-hidden="true"]`);
  return ((await key.first().textContent()) ?? "").trim();
}

test("a guest learns, answers, takes a hint, signs up and keeps it all", async ({
  page,
  account,
}) => {
  await test.step("open the lesson and steer its plot", async () => {
    await open(page, `/lessons/${LESSON}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const plot = page.locator("svg[data-panel-id]").first();
    const before = await plot.innerHTML();
    const slider = page.getByRole("slider").first();
    await slider.focus();
    await slider.press("End");
    await expect.poll(async () => plot.innerHTML()).not.toBe(before);
    await expectAccessible(page);
  });

  await test.step("start the questions as a guest", async () => {
    await page.getByRole("button", { name: "Start the questions" }).click();
    await expect(page.getByText("Question 1 of")).toBeVisible();
    await expect(page.locator("[data-quiz-ready]")).toBeVisible();
    await expect(page.getByText("Learning as a guest")).toBeVisible();
  });

  await test.step("take a hint", async () => {
    await page.getByRole("button", { name: /Show hint 1 of/ }).click();
    await expect(page.getByTestId("hint")).toHaveCount(1);
    await expect(page.getByRole("button", { name: /Show hint 2 of/ })).toBeVisible();
  });

  await test.step("answer wrong by keyboard, then right", async () => {
    await page.locator("body").press(await shortcutOf(page, WRONG_ID));
    await page.locator("body").press("Enter");
    await expect(page.getByTestId("feedback")).toContainText("Not quite. 2 tries left.");
    await page.locator("body").press(await shortcutOf(page, RIGHT_ID));
    await expect(page.locator(`input[value="${RIGHT_ID}"]`)).toBeChecked();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("feedback")).toContainText("Correct.");
    await expect(page.getByTestId("feedback")).toContainText("Explanation");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByText("Question 2 of")).toBeVisible();
  });

  await test.step("sign up and find the progress kept", async () => {
    await signUp(page, account);
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
    await open(page, `/lessons/${LESSON}`);
    await expect(page.getByText("Question 2 of")).toBeVisible();
    await expect(page.locator("[data-quiz-ready]")).toBeVisible();
    await expect(page.getByText("1 done")).toBeVisible();
    await open(page, "/progress");
    await expect(
      page.getByRole("row").filter({ hasText: "The problem the LSTM was designed for" }),
    ).toHaveCount(2);
    await expectAccessible(page);
  });
});

test("a signed-in learner resumes mid-quiz after a browser restart", async ({
  browser,
  account,
}) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await signUp(page, account);
  await open(page, `/lessons/${LESSON}`);
  await page.getByRole("button", { name: "Start the questions" }).click();
  await expect(page.locator("[data-quiz-ready]")).toBeVisible();
  await page.locator("body").press(await shortcutOf(page, WRONG_ID));
  await page.locator("body").press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("2 tries left");
  await first.close();

  const second = await browser.newContext();
  const again = await second.newPage();
  await signIn(again, account.email, account.password);
  await open(again, "/");
  await expect(again.getByTestId("continue-lesson")).toBeVisible();
  await again.getByRole("link", { name: "Continue", exact: true }).click();
  await expect(again.getByText("Question 1 of")).toBeVisible();
  // The wrong try is remembered: its feedback is shown and one try is spent.
  await expect(again.getByTestId("feedback")).toContainText("2 tries left");
  await second.close();
});

test("the review queue shows due items and opens one", async ({ page }) => {
  await signIn(page, DEMO.learner.email, DEMO.learner.password);
  await open(page, "/review");
  const items = page.getByTestId("review-item");
  await expect(items.first()).toBeVisible();
  await expectAccessible(page);
  await items.first().getByRole("button").click();
  await expect(page).toHaveURL(/\/review\/.+/);
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
});

test("the quiz API refuses bad input with a 4xx naming the field", async ({ request, account }) => {
  expect((await request.post("/api/auth/sign-up", { data: account })).status()).toBe(201);
  const start = await request.post("/api/attempts", { data: { lessonId: LESSON } });
  expect(start.status()).toBe(201);
  const { attemptId } = (await start.json()) as { attemptId: string };
  const cases = [
    [
      { attemptId, questionId: FIRST.id, response: {}, idempotencyKey: "short", timeTakenMs: 1 },
      400,
      "idempotencyKey",
    ],
    [
      {
        attemptId,
        questionId: FIRST.id,
        response: { type: "single-choice" },
        idempotencyKey: "abcdefgh1",
        timeTakenMs: 1,
      },
      400,
      "response.optionId",
    ],
    [
      {
        attemptId,
        questionId: "nope/nope",
        response: {},
        idempotencyKey: "abcdefgh2",
        timeTakenMs: 1,
      },
      422,
      "questionId",
    ],
    [
      {
        attemptId: "not-mine",
        questionId: FIRST.id,
        response: {},
        idempotencyKey: "abcdefgh3",
        timeTakenMs: 1,
      },
      404,
      "attemptId",
    ],
    [
      {
        attemptId,
        questionId: FIRST.id,
        response: {},
        idempotencyKey: "abcdefgh4",
        timeTakenMs: -5,
      },
      400,
      "timeTakenMs",
    ],
  ] as const;
  for (const [body, status, field] of cases) {
    const response = await request.post("/api/answers", { data: body });
    expect(response.status(), JSON.stringify(body)).toBe(status);
    expect(
      Object.keys(((await response.json()) as { fields: Record<string, string> }).fields),
    ).toContain(field);
  }
  expect(
    (await request.post("/api/attempts", { data: { lessonId: "no-such-lesson" } })).status(),
  ).toBe(422);
});
