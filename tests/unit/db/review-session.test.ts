import { afterAll, beforeAll, expect, it } from "vitest";
import { questions, type Question } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { MAX_TRIES } from "@/lib/learning/credit";
import { newReviewCard } from "@/lib/learning/review";
import {
  REVIEW_SESSION_LIMIT,
  reviewSession,
  startNextReview,
  startReview,
} from "@/lib/services/attempts";
import { submitAnswer } from "@/lib/services/quiz";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const DAY = 86_400_000;
const key = keyMaker("session");
const singles = questions.filter((q) => q.type === "single-choice");

await describeBothProviders("review sessions", ({ freshDatabaseUrl }) => {
  let db: Db;
  let learners = 0;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  async function learnerWithCards(
    dueInDays: number[],
    pool: readonly Question[] = singles,
  ): Promise<string> {
    learners += 1;
    const user = await db.user.create({
      data: { name: `L${learners}`, email: `l${learners}@example.com` },
    });
    const now = Date.now();
    for (const [i, days] of dueInDays.entries()) {
      const question = pool[i];
      if (!question) throw new Error("not enough questions");
      const card = newReviewCard(new Date(now - 30 * DAY));
      await db.reviewCard.create({
        data: {
          ...card,
          userId: user.id,
          questionId: question.id,
          due: new Date(now + days * DAY),
        },
      });
    }
    return user.id;
  }

  async function answer(userId: string, attemptId: string, question: Question, right: boolean) {
    return submitAnswer(userId, {
      attemptId,
      questionId: question.id,
      response: singleChoice(attemptId, question, right),
      idempotencyKey: key(),
      timeTakenMs: 1000,
    });
  }

  /** The question the attempt reviews. */
  async function reviewed(attemptId: string): Promise<string | null> {
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    return row.reviewQuestionId;
  }

  it("takes the due questions most overdue first, counting n of N, to an end screen", async () => {
    // singles[0..2] due 1, 3 and 2 days ago; singles[3] not due for 5 days.
    const userId = await learnerWithCards([-1, -3, -2, 5]);
    const [q0, q1, q2] = singles as [Question, Question, Question];
    const since = new Date();
    expect(await reviewSession(userId, since)).toMatchObject({
      open: null,
      total: 3,
      reviewed: 0,
      nextQuestionId: q1.id,
    });

    const first = await startNextReview(userId, since);
    expect(first && (await reviewed(first.attemptId))).toBe(q1.id);
    expect(await reviewSession(userId, since)).toMatchObject({
      open: { attemptId: first?.attemptId, position: 1 },
      total: 3,
    });
    expect((await answer(userId, first?.attemptId ?? "", q1, true)).finished).toBe(true);
    expect(await reviewSession(userId, since)).toMatchObject({
      open: null,
      total: 3,
      reviewed: 1,
      right: 1,
      nextQuestionId: q2.id,
    });

    const second = await startNextReview(userId, since);
    expect(second && (await reviewed(second.attemptId))).toBe(q2.id);
    expect((await reviewSession(userId, since)).open?.position).toBe(2);
    for (let i = 0; i < MAX_TRIES; i += 1) await answer(userId, second?.attemptId ?? "", q2, false);

    const third = await startNextReview(userId, since);
    expect(third && (await reviewed(third.attemptId))).toBe(q0.id);
    await answer(userId, third?.attemptId ?? "", q0, true);

    const end = await reviewSession(userId, since);
    expect(end).toMatchObject({
      open: null,
      total: 3,
      reviewed: 3,
      right: 2,
      nextQuestionId: null,
    });
    // The missed question comes back tomorrow: the earliest of the learner's future cards.
    const soonest = await db.reviewCard.findFirstOrThrow({
      where: { userId },
      orderBy: { due: "asc" },
    });
    expect(soonest.questionId).toBe(q2.id);
    expect(end.nextDue?.getTime()).toBe(soonest.due.getTime());
    expect(await startNextReview(userId, since)).toBeNull();
  });

  it("resumes the open review after a reload, and finishes one left open before", async () => {
    const userId = await learnerWithCards([-2, -1]);
    const [q0] = singles as [Question];
    const before = await startReview(userId, q0.id);
    await answer(userId, before.attemptId, q0, false);
    const since = new Date(Date.now() + 1);
    const resumed = await startNextReview(userId, since);
    expect(resumed?.attemptId).toBe(before.attemptId);
    const again = await startNextReview(userId, since);
    expect(again?.attemptId).toBe(before.attemptId);
    expect(await reviewSession(userId, since)).toMatchObject({
      open: { attemptId: before.attemptId, position: 1 },
      total: 2,
      reviewed: 0,
    });
    expect(await db.quizAttempt.count({ where: { userId, kind: "review" } })).toBe(1);
  });

  it(`covers at most ${REVIEW_SESSION_LIMIT} questions, leaving the rest for another`, async () => {
    const due = Array.from({ length: REVIEW_SESSION_LIMIT + 2 }, (_, i) => -1 - i);
    const userId = await learnerWithCards(due, questions);
    const session = await reviewSession(userId, new Date());
    expect(session.total).toBe(REVIEW_SESSION_LIMIT);
    expect(session.nextQuestionId).toBe(questions[REVIEW_SESSION_LIMIT + 1]?.id);
  });
});
