// The submit program as a whole, on each database (on PostgreSQL: the stored functions of
// migration 20261202120000_submit_functions): a double submit of one key stores one answer and
// replays it; a write failing part-way through stores nothing of the submit; a review card
// read back by the next finish is rescheduled from the stored figures.
import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson, type Question } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { submitAnswer } from "@/lib/services/quiz";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { describeBothProviders, type TestProvider } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LESSON = "how-lstm-handles-exploding-gradients";
const key = keyMaker("program-key");

const question: Question = (() => {
  const found = questionsForLesson(LESSON).find((q) => q.type === "single-choice");
  if (!found) throw new Error(`no single-choice question in ${LESSON}`);
  return found;
})();

/** A trigger that refuses every new review card: the last write of a finishing submit fails. */
const REFUSE_REVIEW_CARDS: Record<TestProvider, string[]> = {
  sqlite: [
    `CREATE TRIGGER refuse_review_cards BEFORE INSERT ON review_cards
     BEGIN SELECT RAISE(ABORT, 'review cards refused'); END`,
  ],
  postgresql: [
    `CREATE FUNCTION refuse_review_cards() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'review cards refused'; END $$`,
    `CREATE TRIGGER refuse_review_cards BEFORE INSERT ON review_cards
     FOR EACH ROW EXECUTE FUNCTION refuse_review_cards()`,
  ],
};
const ALLOW_REVIEW_CARDS: Record<TestProvider, string[]> = {
  sqlite: ["DROP TRIGGER refuse_review_cards"],
  postgresql: [
    "DROP TRIGGER refuse_review_cards ON review_cards",
    "DROP FUNCTION refuse_review_cards()",
  ],
};

await describeBothProviders("the submit program", ({ provider, freshDatabaseUrl }) => {
  let db: Db;
  let counter = 0;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  async function newLearner(): Promise<string> {
    counter += 1;
    const user = await db.user.create({
      data: { name: `Program ${counter}`, email: `program-${counter}@example.com` },
    });
    return user.id;
  }

  const submit = (
    learner: string,
    attemptId: string,
    idempotencyKey: string,
    options: { now?: Date; right?: boolean } = {},
  ) =>
    submitAnswer(
      learner,
      {
        attemptId,
        questionId: question.id,
        response: singleChoice(attemptId, question, options.right ?? true),
        idempotencyKey,
        timeTakenMs: 700,
      },
      options.now ? { now: options.now } : {},
    );

  it("stores one answer for a double submit of one key, and replays it to the second", async () => {
    const learner = await newLearner();
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, false);
    const same = key();
    const outcomes = await Promise.all([
      submit(learner, attemptId, same),
      submit(learner, attemptId, same),
    ]);

    expect(outcomes.map((o) => o.replayed).sort()).toEqual([false, true]);
    const [first, second] = outcomes.map(({ replayed: _, ...rest }) => rest);
    expect(second).toEqual(first);
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
    const mastery = await db.conceptMastery.findMany({ where: { userId: learner } });
    expect(mastery.map((m) => m.attempts)).toEqual(question.concepts.map(() => 1));
    expect(await db.reviewCard.count({ where: { userId: learner } })).toBe(1);
  });

  it("stores nothing of a submit whose last write fails, and counts the next one in full", async () => {
    const learner = await newLearner();
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, false);
    const attemptBefore = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    for (const statement of REFUSE_REVIEW_CARDS[provider]) await db.$executeRawUnsafe(statement);
    try {
      await expect(submit(learner, attemptId, key())).rejects.toThrow(/review cards refused/);
    } finally {
      for (const statement of ALLOW_REVIEW_CARDS[provider]) await db.$executeRawUnsafe(statement);
    }

    expect(await db.answer.count({ where: { userId: learner } })).toBe(0);
    expect(await db.conceptMastery.count({ where: { userId: learner } })).toBe(0);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(
      attemptBefore,
    );

    const outcome = await submit(learner, attemptId, key());
    expect(outcome).toMatchObject({ tryNumber: 1, correct: true, finished: true, replayed: false });
    expect(await db.answer.count({ where: { userId: learner } })).toBe(1);
    expect(await db.reviewCard.count({ where: { userId: learner } })).toBe(1);
  });

  it("reschedules a review card from the one stored, read back at the same instants", async () => {
    const learner = await newLearner();
    const firstDay = new Date("2026-03-02T09:15:30.250Z");
    const { attemptId: first } = await startOrResumeAttempt(learner, LESSON, false);
    await submit(learner, first, key(), { now: firstDay });
    const stored = await db.reviewCard.findFirstOrThrow({ where: { userId: learner } });
    expect(stored.lastReview).toEqual(firstDay);

    const later = new Date(stored.due.getTime() + 3_600_000);
    const { attemptId: second } = await startOrResumeAttempt(learner, LESSON, true);
    await submit(learner, second, key(), { now: later });
    const card = await db.reviewCard.findFirstOrThrow({ where: { userId: learner } });
    expect(card).toMatchObject({ reps: stored.reps + 1, lastReview: later });
    // Days since the stored review, which only a correctly read lastReview gives.
    const days = Math.round((later.getTime() - firstDay.getTime()) / 86_400_000);
    expect(card.elapsedDays).toBe(days);
    expect(card.due.getTime()).toBeGreaterThan(later.getTime());
  });
});
