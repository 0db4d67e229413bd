import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, open, signIn, signUp, test } from "./support/fixtures";

const WAY_ON = /^(Next review \(\d+ of \d+\)|Finish the session)$/;

/**
 * Answers the open question until it is finished (right, or out of tries), whatever its type:
 * the session's flow is under test here, not the grading.
 */
async function finishQuestion(page: Page): Promise<void> {
  const form = page.locator("#quiz-question");
  const wayOn = page.getByRole("button", { name: WAY_ON });
  for (let tries = 0; tries < 3 && !(await wayOn.isVisible()); tries += 1) {
    const radio = form.locator("input[type=radio]:not(:disabled)");
    const box = form.locator("input[type=checkbox]:not(:disabled)");
    const text = form.locator(
      "input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not(:disabled), textarea:not(:disabled)",
    );
    if ((await radio.count()) > 0) await radio.nth(tries % (await radio.count())).check();
    else if ((await box.count()) > 0) await box.first().check();
    else if ((await text.count()) > 0) await text.first().fill(String(tries + 1));
    const feedback = page.getByTestId("feedback");
    const before = (await feedback.isVisible()) ? await feedback.innerText() : "";
    await form.locator("button[type=submit]").click();
    // Each verdict reads differently ("2 tries left", "1 try left", the last one with the answer).
    await expect
      .poll(
        async () =>
          (await wayOn.isVisible()) ||
          ((await feedback.isVisible()) && (await feedback.innerText()) !== before),
      )
      .toBe(true);
  }
  await expect(wayOn).toBeVisible();
}

test("a review session flows from one due question to the next, with a count", async ({ page }) => {
  await signIn(page, DEMO.learner.email, DEMO.learner.password);
  await open(page, "/review");
  await expect(page.getByText("at most 20 at a time")).toBeVisible();
  await page.getByRole("button", { name: "Start reviewing" }).click();

  await expect(page).toHaveURL(/\/review\/session\?since=/);
  const label = page.locator("#review-session-label");
  await expect(label).toHaveText(/^Review 1 of \d+ · 0 done$/);
  const total = Number(/of (\d+)/.exec((await label.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  await expect(page.locator("[data-quiz-ready]")).toBeVisible();
  await expect(page.locator("#quiz-question")).toBeFocused();
  await expectAccessible(page);

  await finishQuestion(page);
  await page.getByRole("button", { name: `Next review (2 of ${total})` }).click();
  await expect(label).toHaveText(`Review 2 of ${total} · 1 done`);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
  await expect(page.locator("#quiz-question")).toBeFocused();

  // A reload comes back to the same place in the session.
  await page.reload();
  await expect(label).toHaveText(`Review 2 of ${total} · 1 done`);

  await finishQuestion(page);
  if (total > 2) {
    await page.getByRole("button", { name: `Next review (3 of ${total})` }).click();
    await expect(label).toHaveText(`Review 3 of ${total} · 2 done`);
    await expect(page.locator("#quiz-question")).toBeFocused();
  } else {
    await page.getByRole("button", { name: "Finish the session" }).click();
    const end = page.getByTestId("review-end");
    await expect(end).toContainText(/\d of 2 right/);
    await expect(page.getByRole("heading", { name: "Session done" })).toBeFocused();
    await expect(end.getByRole("link", { name: "Back to the review queue" })).toBeVisible();
  }
});

test("a session with nothing due ends at once, with the way back", async ({ page, account }) => {
  await signUp(page, account);
  await open(page, `/review/session?since=${new Date().toISOString()}`);
  const end = page.getByTestId("review-end");
  await expect(end).toContainText("Nothing was due.");
  await expect(end).toContainText("Nothing else is scheduled yet.");
  await end.getByRole("link", { name: "Back to the review queue" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expectAccessible(page);
});

test("a session URL without its start goes back to the queue", async ({ page, account }) => {
  await signUp(page, account);
  await open(page, "/review/session?since=yesterday");
  await expect(page).toHaveURL(/\/review$/);
});
