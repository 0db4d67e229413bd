import type { Locator, Page, TestInfo } from "@playwright/test";
import { getQuestion } from "@/lib/content";
import { EXPLORATION_SETTLE_MS } from "@/lib/contracts/exploration";
import { expect, expectAccessible, open, signUp, test, type NewAccount } from "./support/fixtures";
import { answerSomehow, startAttempt, type AttemptJson } from "./support/quiz-api";

/**
 * The replay of how a learner explored: a fresh learner joins a fresh instructor's class, moves
 * the lesson plot's forget-gate slider to 0, 1 and 3 and answers; the instructor reads the
 * timeline in the drill-down and the share who explored in item analysis; the learner clears
 * the record. Pages it changes are checked with axe, and at 390 px.
 */

const LESSON = "what-problem-lstm-solves";
const FIRST = getQuestion(`${LESSON}/main-problem`);
if (!FIRST || FIRST.type !== "single-choice") throw new Error("expected a single-choice question");
const WRONG_ID = FIRST.options.find((o) => !o.correct)?.id ?? "";
const TIMELINE =
  /Tried forget-gate bias 0 \([\d.]+ s\), 1 \([\d.]+ s\), 3 \([\d.]+ s\), then answered/;

/** Sets a slider and lets it rest long enough to count as one move. */
async function slideTo(page: Page, value: string) {
  await page.getByRole("slider", { name: "Forget-gate bias" }).fill(value);
  // The recorder counts a value once the slider has been still; this pause is that stillness.
  await page.waitForTimeout(EXPLORATION_SETTLE_MS + 200);
}

/** Answers the rest of the lesson through the quiz API, so the attempt is finished. */
async function finishLesson(page: Page) {
  const { attemptId } = await startAttempt(page.request, LESSON);
  for (let i = 0; i < 80; i += 1) {
    // Read, not start: starting again after the last answer would open a new attempt.
    const view = (await (
      await page.request.get(`/api/attempts/${attemptId}`)
    ).json()) as AttemptJson;
    if (!view.current) return;
    await answerSomehow(page.request, attemptId, view.current.question, {
      key: `e2e-explore-${Date.now()}-${i}`,
      timeTakenMs: 3000,
    });
  }
  throw new Error("the lesson did not finish");
}

/** At 390 px: nothing wider than the screen, and a screenshot to look at. */
async function checkPhone(page: Page, testInfo: TestInfo, name: string, part: Locator) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
  await part.screenshot({ path: testInfo.outputPath(`${name}-390-part.png`) });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className} ${el.textContent?.slice(0, 40)}`),
  );
  expect(overflow, `${name} at 390 px: ${wide.join(" | ")}`).toBeLessThanOrEqual(1);
  if (size) await page.setViewportSize(size);
}

test("an instructor replays how a learner explored; the learner clears it", async ({
  browser,
  account,
}, testInfo) => {
  // Two accounts, a whole lesson answered and seven pages checked: longer than one page's test.
  test.slow();
  const teacherAccount: NewAccount = {
    name: account.name.replace("Learner", "Instructor"),
    email: account.email.replace("e2e-", "e2e-teacher-"),
    password: account.password,
  };
  const className = `Exploration cohort ${Date.now().toString(36)}`;
  const teacherContext = await browser.newContext();
  const learnerContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const learner = await learnerContext.newPage();

  await test.step("a new instructor creates a class and is told exploration is recorded", async () => {
    await signUp(teacher, teacherAccount, "instructor");
    await open(teacher, "/instructor");
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await expect(teacher.getByTestId("join-code")).toBeVisible();
  });
  const code = await teacher.getByTestId("join-code").innerText();
  const manageUrl = teacher.url();

  await test.step("a new learner joins, told their slider moves are recorded", async () => {
    await signUp(learner, account, "learner");
    await open(learner, "/classes");
    await expect(learner.getByTestId("exploration-notice")).toContainText("sliders");
    await learner.getByLabel("Join code").fill(code);
    await learner.getByRole("button", { name: "Join class" }).click();
    await expect(learner.getByRole("heading", { level: 1, name: className })).toBeVisible();
    await expect(learner.getByTestId("exploration-notice")).toBeVisible();
    await expectAccessible(learner);
  });

  await test.step("the learner moves the forget-gate slider, then answers", async () => {
    await open(learner, `/lessons/${LESSON}`);
    await learner.getByRole("button", { name: "Start the questions" }).click();
    await expect(learner.locator("[data-quiz-ready]")).toBeVisible();
    await expect(learner.locator("[data-hydrated]")).toBeVisible();
    for (const value of ["0", "1", "3"]) await slideTo(learner, value);
    await learner.locator(`input[value="${WRONG_ID}"]`).check();
    await learner.getByRole("button", { name: "Submit answer" }).click();
    await expect(learner.getByTestId("feedback")).toContainText("Not quite");
    await expectAccessible(learner);
    await finishLesson(learner);
  });

  await test.step("the drill-down replays the moves beside the answer", async () => {
    await teacher.goto(manageUrl);
    await teacher.getByRole("link", { name: account.name }).click();
    await expect(
      teacher.getByRole("heading", { level: 1, name: new RegExp(account.name) }),
    ).toBeVisible();
    const timeline = teacher.getByTestId("exploration-timeline");
    await expect(timeline).toHaveCount(1);
    await expect(timeline).toHaveText(TIMELINE);
    await expectAccessible(teacher);
    await checkPhone(teacher, testInfo, "drill-down", timeline.locator("xpath=ancestor::tr"));
  });

  await test.step("item analysis shows who explored, with counts", async () => {
    await teacher.getByRole("link", { name: "Item analysis" }).click();
    const row = teacher.getByTestId("item-table").getByRole("row").filter({ hasText: FIRST.title });
    await expect(row).toContainText("1 of 1 (100%)");
    await expect(row).toContainText("0 of 1 (0%) vs 0 of 0");
    await expectAccessible(teacher);
    await teacher.getByRole("link", { name: "Overview" }).click();
    await expect(teacher.getByTestId("exploration-notice")).toBeVisible();
    await expectAccessible(teacher);
  });

  await test.step("the learner reads and clears their record", async () => {
    await open(learner, "/progress");
    const record = learner.getByTestId("exploration-record");
    await expect(record).toContainText(FIRST.title);
    await expect(record.getByTestId("exploration-timeline")).toHaveText(TIMELINE);
    await learner.getByRole("button", { name: "Clear my exploration record…" }).click();
    await expect(
      learner.getByRole("heading", { name: /Clear the slider moves of 1 try/ }),
    ).toBeFocused();
    await expectAccessible(learner);
    await checkPhone(
      learner,
      testInfo,
      "progress-confirm",
      learner.getByRole("region", { name: "My exploration record" }),
    );
    await learner.getByRole("button", { name: "Yes, clear it" }).click();
    await expect(learner.getByRole("status").filter({ hasText: "cleared" })).toBeVisible();
    await expect(learner.getByTestId("exploration-empty")).toBeVisible();
    // The answers stay: only the moves went.
    await expect(learner.getByRole("row").filter({ hasText: FIRST.title })).not.toHaveCount(0);
  });

  await test.step("the instructor no longer sees the moves", async () => {
    await teacher.goto(manageUrl);
    await teacher.getByRole("link", { name: account.name }).click();
    await expect(teacher.getByRole("heading", { name: "Attempts" })).toBeVisible();
    await expect(teacher.getByTestId("exploration-timeline")).toHaveCount(0);
  });
  await Promise.all([teacherContext.close(), learnerContext.close()]);
});
