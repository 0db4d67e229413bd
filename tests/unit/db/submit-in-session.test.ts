// The answer route's submit (submitAnswerInSession), which reads the session inside the
// submit's own transaction (on PostgreSQL in the same statement as the submit's state): a live
// session's learner is the one whose answer is stored; an unknown or expired session is a 401
// that stores nothing and leaves the learner free to submit at once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson, type Question } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { createSession, sessionIdFor } from "@/lib/auth/sessions";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { submitAnswerInSession } from "@/lib/services/quiz";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LESSON = "how-lstm-handles-exploding-gradients";
const SECRET = "submit-in-session-secret-0123456789abcdef";
const key = keyMaker("session-key");

const question: Question = (() => {
  const found = questionsForLesson(LESSON).find((q) => q.type === "single-choice");
  if (!found) throw new Error(`no single-choice question in ${LESSON}`);
  return found;
})();

await describeBothProviders("the answer submit in a session", ({ freshDatabaseUrl }) => {
  let db: Db;
  let counter = 0;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  async function learnerWithSession(now?: Date) {
    counter += 1;
    const user = await db.user.create({
      data: { name: `Session ${counter}`, email: `session-${counter}@example.com` },
    });
    const { token } = await createSession(db, user.id, SECRET, now);
    const { attemptId } = await startOrResumeAttempt(user.id, LESSON, false);
    return { userId: user.id, sessionId: sessionIdFor(token, SECRET), attemptId };
  }

  const input = (attemptId: string) => ({
    attemptId,
    questionId: question.id,
    response: singleChoice(attemptId, question, true),
    idempotencyKey: key(),
    timeTakenMs: 900,
  });

  it("stores the answer as the session's learner", async () => {
    const { userId, sessionId, attemptId } = await learnerWithSession();
    const other = await learnerWithSession();

    const outcome = await submitAnswerInSession(sessionId, input(attemptId));

    expect(outcome).toMatchObject({ tryNumber: 1, correct: true, replayed: false });
    expect(await db.answer.count({ where: { userId } })).toBe(1);
    expect(await db.answer.count({ where: { userId: other.userId } })).toBe(0);
    // Another learner's session cannot answer in this attempt.
    await expect(submitAnswerInSession(other.sessionId, input(attemptId))).rejects.toMatchObject({
      status: 404,
    });
  });

  it("refuses an unknown session with a 401 and stores nothing", async () => {
    const { userId, attemptId } = await learnerWithSession();

    await expect(
      submitAnswerInSession(sessionIdFor("no-such-token", SECRET), input(attemptId)),
    ).rejects.toMatchObject({ status: 401 });

    expect(await db.answer.count({ where: { userId } })).toBe(0);
  });

  it("refuses an expired session with a 401, stores nothing and holds no lock", async () => {
    const expired = await learnerWithSession(new Date(Date.now() - 40 * 86_400_000));
    const attemptBefore = await db.quizAttempt.findUniqueOrThrow({
      where: { id: expired.attemptId },
    });

    await expect(
      submitAnswerInSession(expired.sessionId, input(expired.attemptId)),
    ).rejects.toMatchObject({ status: 401 });

    expect(await db.answer.count({ where: { userId: expired.userId } })).toBe(0);
    expect(await db.conceptMastery.count({ where: { userId: expired.userId } })).toBe(0);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: expired.attemptId } })).toEqual(
      attemptBefore,
    );
    // The same learner with a live session answers at once (the refused submit rolled back).
    const { token } = await createSession(db, expired.userId, SECRET);
    const outcome = await submitAnswerInSession(
      sessionIdFor(token, SECRET),
      input(expired.attemptId),
    );
    expect(outcome).toMatchObject({ tryNumber: 1, replayed: false });
  });
});
