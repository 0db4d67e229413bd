// Two tabs (or devices) of one learner answering the same question at once: exactly one answer
// counts, and neither tab sees an error; the other is told what counted.
import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson, type Question } from "@/lib/content";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import type { Db } from "@/lib/db/prisma";
import { submitAnswer } from "@/lib/services/quiz";
import { describeBothProviders } from "@/tests/support/postgres";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LESSON = "how-lstm-handles-exploding-gradients";
const key = keyMaker("tab-key");

const question: Question = (() => {
  const found = questionsForLesson(LESSON).find((q) => q.type === "single-choice");
  if (!found) throw new Error(`no single-choice question in ${LESSON}`);
  return found;
})();

const choice = (attemptId: string, right: boolean) => singleChoice(attemptId, question, right);

await describeBothProviders("two tabs answering one question", ({ freshDatabaseUrl }) => {
  let db: Db;
  let learner: string;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
    learner = (await db.user.create({ data: { name: "Tabs", email: "tabs@example.com" } })).id;
  });
  afterAll(() => releaseDatabase(db));

  const submit = (attemptId: string, right: boolean, tryNumber?: number) =>
    submitAnswer(learner, {
      attemptId,
      questionId: question.id,
      response: choice(attemptId, right),
      idempotencyKey: key(),
      timeTakenMs: 500,
      ...(tryNumber === undefined ? {} : { tryNumber }),
    });

  it("stores one answer when several tabs submit the same try at once", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const outcomes = await Promise.all([
      submit(attemptId, true, 1),
      submit(attemptId, false, 1),
      submit(attemptId, false, 1),
      submit(attemptId, true, 1),
    ]);
    const stored = await db.answer.findMany({ where: { attemptId, questionId: question.id } });
    expect(stored).toHaveLength(1);
    const counted = outcomes.filter((o) => !o.answeredElsewhere);
    expect(counted).toHaveLength(1);
    // Every tab shows the answer that counted.
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ tryNumber: 1, correct: stored[0]?.correct });
    }
  });

  it("counts mastery once for the race", async () => {
    const before = await db.conceptMastery.findMany({
      where: { userId: learner, conceptId: { in: question.concepts } },
      select: { conceptId: true, attempts: true },
    });
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    await Promise.all([submit(attemptId, false, 1), submit(attemptId, false, 1)]);
    const after = await db.conceptMastery.findMany({
      where: { userId: learner, conceptId: { in: question.concepts } },
      select: { conceptId: true, attempts: true },
    });
    for (const row of after) {
      const was = before.find((b) => b.conceptId === row.conceptId)?.attempts ?? 0;
      expect(row.attempts).toBe(was + 1);
    }
  });

  it("a tab that is behind gets the answer that counted, not an error", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const first = await submit(attemptId, true, 1);
    expect(first).toMatchObject({ correct: true, finished: true, replayed: false });
    const stale = await submit(attemptId, false, 1);
    expect(stale).toMatchObject({ correct: true, answeredElsewhere: true, replayed: true });
    expect(await db.answer.count({ where: { attemptId, questionId: question.id } })).toBe(1);
  });

  it("a tab that is in step counts its next try", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    await submit(attemptId, false, 1);
    const second = await submit(attemptId, false, 2);
    expect(second).toMatchObject({ tryNumber: 2, replayed: false });
    expect(second.answeredElsewhere).toBeUndefined();
  });
});
