import type { Page } from "@playwright/test";
import { expect, open, signUp, test } from "./support/fixtures";

/**
 * Script through every place a user's text is shown: names (header, instructor's learner
 * list), class names (learner's class list, instructor pages), a tutor message and a free-text
 * answer (tutor conversation, the instructor's drill-down). React escapes text, so each must
 * appear literally, no handler may run (window.__pwned) and no dialog may open.
 */

const NAME = '<img src=x onerror="window.__pwned=1">';
const CLASS_NAME = "<script>window.__pwned=1</script>";
const CHAT = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">';
const ANSWER = '"><svg onload="window.__pwned=1"><script>alert(1)</script>';
const SHORT_TEXT = "what-problem-lstm-solves/explain-long-gap";

function guard(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectLiteral(page: Page, path: string, texts: string[], dialogs: string[]) {
  await open(page, path);
  for (const text of texts)
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator("main script, main img[src='x'], main svg[onload]").count()).toBe(0);
  expect(dialogs).toEqual([]);
}

test("script in names, class names, chat and answers is shown as text and never runs", async ({
  browser,
  account,
}) => {
  test.setTimeout(60_000);
  const instructor = await browser.newPage();
  const learner = await browser.newPage({ storageState: undefined });
  const dialogs = [...[instructor, learner].map(guard)];
  const allDialogs = () => dialogs.flat();

  await test.step("an instructor named with markup creates a class named with a script", async () => {
    await signUp(instructor, { ...account, name: NAME, email: `i-${account.email}` }, "instructor");
    const created = await instructor.request.post("/api/instructor/classes", {
      data: { name: CLASS_NAME },
    });
    expect(created.status(), await created.text()).toBe(201);
  });
  const cls = (await (await instructor.request.get("/api/instructor/classes")).json()) as {
    classes: { id: string; name: string; joinCode: string }[];
  };
  const mine = cls.classes.find((c) => c.name === CLASS_NAME);
  if (!mine) throw new Error("class not listed");

  let learnerId = "";
  let conversationId = "";
  await test.step("a learner named with markup joins, chats and answers with scripts", async () => {
    await signUp(learner, { ...account, name: NAME, email: `l-${account.email}` });
    const me = (await (await learner.request.get("/api/me")).json()) as { user: { id: string } };
    learnerId = me.user.id;
    const joined = await learner.request.post("/api/classes/join", {
      data: { code: mine.joinCode },
    });
    expect(joined.status(), await joined.text()).toBe(201);
    const chat = await learner.request.post("/api/tutor", { data: { message: CHAT } });
    expect(chat.status(), await chat.text()).toBe(200);
    conversationId = ((await chat.json()) as { conversationId: string }).conversationId;
    const attempt = (await (
      await learner.request.post("/api/attempts", {
        data: { lessonId: "what-problem-lstm-solves" },
      })
    ).json()) as { attemptId: string };
    const answered = await learner.request.post("/api/answers", {
      data: {
        attemptId: attempt.attemptId,
        questionId: SHORT_TEXT,
        response: { type: "short-text", text: ANSWER },
        idempotencyKey: `inject-${Date.now()}`,
        timeTakenMs: 3000,
      },
    });
    expect(answered.status(), await answered.text()).toBe(201);
  });

  await test.step("the learner's pages show the text literally", async () => {
    await expectLiteral(learner, "/classes", [CLASS_NAME], allDialogs());
    await expect(learner.getByTestId("signed-in-as")).toHaveText(NAME);
    await expectLiteral(learner, `/tutor?c=${conversationId}`, [CHAT], allDialogs());
  });

  await test.step("the instructor's pages show the text literally", async () => {
    await expectLiteral(instructor, "/instructor", [CLASS_NAME], allDialogs());
    await expect(instructor.getByTestId("signed-in-as")).toHaveText(NAME);
    await expectLiteral(
      instructor,
      `/instructor/classes/${mine.id}/learners`,
      [NAME],
      allDialogs(),
    );
    await expectLiteral(
      instructor,
      `/instructor/classes/${mine.id}/learners/${learnerId}`,
      [NAME, CHAT, ANSWER],
      allDialogs(),
    );
  });
});
