// One learner's writes from several tabs at once take turns (PostgreSQL interleaves concurrent
// transactions statement by statement; SQLite's write lock already serialises them): no answer's
// effect on the attempt's position or on mastery is lost, and no lesson is opened twice.
import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson } from "@/lib/content";
import { startOrResumeAttempt, startReview } from "@/lib/services/attempts";
import type { Db } from "@/lib/db/prisma";
import { instanceSeed, submitAnswer } from "@/lib/services/quiz";
import { instantiateQuestion } from "@/lib/learning/grading";
import { createRng } from "@/lib/sim";
import { demoResponse } from "@/prisma/seed-responses";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LESSON = "how-lstm-handles-exploding-gradients";
const questions = questionsForLesson(LESSON);
let counter = 0;

await describeBothProviders("one learner's concurrent writes", ({ freshDatabaseUrl }) => {
  let db: Db;
  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  async function newLearner(): Promise<string> {
    counter += 1;
    const user = await db.user.create({
      data: { name: `Tabs ${counter}`, email: `tabs-${counter}@example.com` },
    });
    return user.id;
  }

  const rng = createRng(7);
  function answerRight(userId: string, attemptId: string, questionId: string) {
    const question = questions.find((q) => q.id === questionId);
    if (!question) throw new Error(`no question ${questionId}`);
    const instance = instantiateQuestion(question, instanceSeed(attemptId, questionId));
    return submitAnswer(userId, {
      attemptId,
      questionId,
      response: demoResponse(instance, true, () => rng.uniform()),
      idempotencyKey: `turns-${attemptId}-${questionId}`,
      timeTakenMs: 400,
      tryNumber: 1,
    });
  }

  async function attemptsOf(userId: string, conceptId: string): Promise<number> {
    const row = await db.conceptMastery.findUnique({
      where: { userId_conceptId: { userId, conceptId } },
      select: { attempts: true },
    });
    return row?.attempts ?? 0;
  }

  it("counts every question answered at once in mastery and moves the attempt past all of them", async () => {
    const learner = await newLearner();
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, false);
    const answeredTogether = questions.slice(0, 3);
    // Mastery can only lose an update if two of them share a concept.
    expect(
      answeredTogether.some((q, i) =>
        answeredTogether.slice(i + 1).some((r) => r.concepts.some((c) => q.concepts.includes(c))),
      ),
    ).toBe(true);
    const outcomes = await Promise.all(
      answeredTogether.map((q) => answerRight(learner, attemptId, q.id)),
    );

    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ correct: true, finished: true, replayed: false });
    }
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.currentQuestionId).toBe(questions[3]?.id);
    // Each concept counts one first try per question that tests it.
    const concepts = new Set(answeredTogether.flatMap((q) => q.concepts));
    for (const conceptId of concepts) {
      const expected = answeredTogether.filter((q) => q.concepts.includes(conceptId)).length;
      expect({ conceptId, attempts: await attemptsOf(learner, conceptId) }).toEqual({
        conceptId,
        attempts: expected,
      });
    }
  });

  it("opens a lesson once when several tabs open it at once", async () => {
    const learner = await newLearner();
    const opened = await Promise.all(
      [1, 2, 3, 4].map(() => startOrResumeAttempt(learner, LESSON, false)),
    );
    expect(new Set(opened.map((o) => o.attemptId)).size).toBe(1);
    expect(await db.quizAttempt.count({ where: { userId: learner, kind: "lesson" } })).toBe(1);
  });

  it("starts one review of a question when several tabs start it at once", async () => {
    const learner = await newLearner();
    const questionId = questions[0]?.id ?? "";
    const started = await Promise.all([1, 2, 3].map(() => startReview(learner, questionId)));
    expect(new Set(started.map((s) => s.attemptId)).size).toBe(1);
    expect(await db.quizAttempt.count({ where: { userId: learner, kind: "review" } })).toBe(1);
  });
});
