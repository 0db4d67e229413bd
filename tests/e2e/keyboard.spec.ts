import type { Page } from "@playwright/test";
import { getQuestion } from "@/lib/content";
import { expect, expectAccessible, open, signUp, test } from "./support/fixtures";

/**
 * Keyboard and return paths: focus follows the quiz (never dropped to <body>), the skip link
 * reaches the questions in a few Tabs, sign-up comes back to the page it was opened from, and
 * rotating a join code asks first.
 */

const LESSON = "what-problem-lstm-solves";
const FIRST = getQuestion(`${LESSON}/main-problem`);
if (!FIRST || FIRST.type !== "single-choice")
  throw new Error("expected a single-choice first question");
const RIGHT_ID = FIRST.options.find((o) => o.correct)?.id ?? "";
const WRONG_ID = FIRST.options.find((o) => !o.correct)?.id ?? "";

/** Options are shuffled per learner: the shortcut is read from the page. */
async function shortcutOf(page: Page, optionId: string): Promise<string> {
  const key = page.locator(`label:has(input[value="${optionId}"]) [aria-hidden="true"]`);
  return ((await key.first().textContent()) ?? "").trim();
}

/** Tabs until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 8) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return i + 1;
  }
  throw new Error(`not reached in ${max} Tabs`);
}

test("a quiz by keyboard: skip link, then focus on each new question, verdict and hint", async ({
  page,
}) => {
  const question = page.locator("#quiz-question");
  const feedback = page.getByTestId("feedback");

  await test.step("two Tabs reach the skip link, one more the start button", async () => {
    await open(page, `/lessons/${LESSON}`);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to the questions" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#quiz")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Start the questions" })).toBeFocused();
  });

  await test.step("starting puts focus on the first question", async () => {
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-quiz-ready]")).toBeVisible();
    await expect(page.getByText("Question 1 of")).toBeVisible();
    await expect(question).toBeFocused();
    await expect(page.getByTestId("quiz-shortcuts")).toContainText("choose an option");
  });

  await test.step("a wrong answer: focus on the verdict", async () => {
    await page.keyboard.press(await shortcutOf(page, WRONG_ID));
    await expect(page.locator(`input[value="${WRONG_ID}"]`)).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(feedback).toContainText("Not quite.");
    await expect(feedback).toBeFocused();
  });

  await test.step("a hint: focus on the hint", async () => {
    await tabTo(page, page.getByRole("button", { name: /Show hint 1 of/ }), 15);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("hint")).toHaveCount(1);
    await expect(page.getByTestId("hint").last()).toBeFocused();
  });

  await test.step("the right answer: verdict focused, Tab reaches Next question", async () => {
    await page.keyboard.press(await shortcutOf(page, RIGHT_ID));
    await page.keyboard.press("Enter");
    await expect(feedback).toContainText("Correct.");
    await expect(feedback).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: "Next question" }), 15);
  });

  await test.step("Next question: focus on the new question, and Tab stays in the quiz", async () => {
    await page.keyboard.press("Enter");
    await expect(page.getByText("Question 2 of")).toBeVisible();
    await expect(question).toBeFocused();
    await page.keyboard.press("Tab");
    const inQuiz = await page.evaluate(
      () => document.querySelector("#quiz")?.contains(document.activeElement) ?? false,
    );
    expect(inQuiz).toBe(true);
    await expectAccessible(page);
  });
});

test("sign-up from a lesson comes back to the lesson; a foreign next is ignored", async ({
  page,
  account,
}) => {
  await test.step("the header's Sign up carries the page", async () => {
    await open(page, `/lessons/${LESSON}`);
    await page.getByRole("banner").getByRole("link", { name: "Sign up" }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-up\\?next=%2Flessons%2F${LESSON}$`));
    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON}$`));
  });

  for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
    await test.step(`sign-in with next=${next} lands on this site's home`, async () => {
      await page.context().clearCookies();
      await open(page, `/sign-in?next=${encodeURIComponent(next)}`);
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(account.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
      const url = new URL(page.url());
      expect(url.host).toBe(new URL(test.info().project.use.baseURL ?? "").host);
      expect(url.pathname).toBe("/");
    });
  }
});

test("rotating a join code asks first, says what happens to the old one, and can be cancelled", async ({
  page,
  account,
}) => {
  const className = `Rotation check ${Date.now().toString(36)}`;
  // An instructor of its own: a class left on the demo instructor would show up, empty, in
  // every other test that walks the demo instructor's classes.
  await signUp(page, account, "instructor");
  await open(page, "/instructor");
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(className) })).toBeVisible();
  const code = page.getByTestId("join-code");
  const before = await code.innerText();
  const opener = page.getByRole("button", { name: "Rotate join code" });

  await test.step("the first press only asks, with focus on the question", async () => {
    await opener.click();
    const confirm = page.getByRole("heading", { name: `Replace the code ${before}?` });
    await expect(confirm).toBeFocused();
    await expect(page.locator("#rotate-confirm")).toContainText(
      "stop working as soon as you confirm",
    );
    await expect(page.locator("#rotate-confirm")).toContainText("told it was replaced");
    await expect(code).toHaveText(before);
    await expectAccessible(page);
  });

  await test.step("Cancel (and Escape) keep the code and return focus", async () => {
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.locator("#rotate-confirm")).toHaveCount(0);
    await expect(opener).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#rotate-confirm")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator("#rotate-confirm")).toHaveCount(0);
    await expect(code).toHaveText(before);
  });

  await test.step("confirming rotates, and says the old code no longer admits anyone", async () => {
    await opener.click();
    await page.getByRole("button", { name: "Yes, rotate the code" }).click();
    await expect(code).not.toHaveText(before);
    await expect(
      page.getByRole("status").filter({ hasText: "The old code no longer admits anyone" }),
    ).toBeVisible();
  });
});
