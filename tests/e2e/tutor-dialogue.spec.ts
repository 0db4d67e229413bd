import type { Locator, Page } from "@playwright/test";
import { expect, open, signUp, test } from "./support/fixtures";

/** Sends a message and waits for the finished reply (no longer partial). */
async function ask(page: Page, message: string): Promise<Locator> {
  const log = page.getByTestId("tutor-log");
  const before = await log.locator("li[data-role='assistant']").count();
  await page.getByLabel("Message to the tutor").fill(message);
  await page.getByRole("button", { name: "Send" }).click();
  const reply = log.locator("li[data-role='assistant']").nth(before);
  await expect(reply).toBeVisible();
  await expect(reply).not.toHaveAttribute("data-partial", "true", { timeout: 30_000 });
  return reply;
}

/** The reply's first cited lesson (the Sources line; glossary links go elsewhere). */
const firstSource = (reply: Locator) => reply.locator("a[href^='/lessons/']").first();

test("a follow-up thread: 'why?' stays on the lesson the thread is about", async ({
  page,
  account,
}) => {
  // Signed in, so the server's stored state carries the thread (not only the page's memory).
  await signUp(page, account);
  await open(page, "/tutor");
  const first = await ask(page, "why do gradients vanish in an RNN?");
  const lesson = await firstSource(first).getAttribute("href");
  expect(lesson).toMatch(/^\/lessons\//);
  const why = await ask(page, "why?");
  await expect(why.locator("p").first()).not.toBeEmpty();
  await expect(firstSource(why)).toHaveAttribute("href", lesson ?? "");
  await expect(why).not.toContainText(/outside the course|not sure what/i);
});

test("a plot-aware question cites the numbers at the slider's value", async ({ page }) => {
  await open(page, "/lessons/why-lstm-solves-vanishing-gradients");
  await expect(page.locator("[data-hydrated='true']").first()).toBeAttached();
  const slider = page.getByRole("slider", { name: /forget/i });
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/[?&]forgetBias=-3(&|$)/);
  const sent = page.waitForRequest((r) => r.url().endsWith("/api/tutor") && r.method() === "POST");
  const reply = await ask(page, "why does the plot go flat here?");
  // The chat sent the plot on screen with the slider's current value.
  expect((await sent).postDataJSON()).toMatchObject({
    plot: { scenarioId: "why-lstm-solves-vanishing-gradients", params: { forgetBias: -3 } },
  });
  await expect(reply).toContainText("σ(-3) = 0.0474");
  await expect(reply).toContainText("bias -3");
});

test("a misconception in a question is corrected first: the reply opens with No", async ({
  page,
}) => {
  await open(page, "/lessons/how-lstm-handles-exploding-gradients");
  const reply = await ask(page, "so I can delete gradient clipping since I use an LSTM?");
  await expect(reply.locator("p").first()).toHaveText(/^No\b/);
  await expect(reply).toContainText(/clip/i);
});

test("a chat quiz interrupted by a question stays open until 'stop'", async ({ page, account }) => {
  await signUp(page, account);
  await open(page, "/lessons/how-lstm-handles-exploding-gradients");
  const question = await ask(page, "quiz me");
  await expect(question).toContainText(/Question/);
  const side = await ask(page, "why do gradients explode in an RNN?");
  await expect(side).not.toContainText(/Please answer|Correct|Not quite/);
  await expect(side).toContainText(/explod/i);
  // Only an open question can be closed: "stop" answering so shows it stayed open.
  const stop = await ask(page, "stop");
  await expect(stop).toContainText(/closed that question/i);
  // Closed: a number now is not graded as an answer.
  const after = await ask(page, "0.5");
  await expect(after).not.toContainText(/Correct|Partly right|Not quite/);
});
