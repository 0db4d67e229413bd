import "server-only";
import type { Db } from "./prisma";

/** What the home, progress and review pages show a learner about themselves. */

export async function masteryByConcept(db: Db, userId: string) {
  return db.conceptMastery.findMany({
    where: { userId },
    select: { conceptId: true, pKnown: true, attempts: true, correct: true, updatedAt: true },
  });
}

export async function answerHistory(db: Db, userId: string, take = 200) {
  const rows = await db.answer.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      questionId: true,
      correct: true,
      score: true,
      tryNumber: true,
      hintsUsed: true,
      timeTakenMs: true,
      createdAt: true,
      attempt: { select: { lessonId: true } },
    },
  });
  return rows.map(({ attempt, ...row }) => ({ ...row, lessonId: attempt.lessonId }));
}

/** Every first try of the learner, oldest first: what lesson figures are replayed from. */
export async function firstTries(db: Db, userId: string) {
  return db.answer.findMany({
    where: { userId, tryNumber: 1 },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, correct: true, score: true, tryNumber: true, hintsUsed: true },
  });
}

export const REVIEW_QUEUE_LIMIT = 20;

/** The learner's due cards, earliest first (lib/services/learner orders the queue). */
export async function dueCards(db: Db, userId: string, now = new Date()) {
  return db.reviewCard.findMany({
    where: { userId, due: { lte: now } },
    orderBy: { due: "asc" },
    take: REVIEW_QUEUE_LIMIT,
    select: { questionId: true, due: true, reps: true, lapses: true, state: true },
  });
}

export async function nextReviewDue(db: Db, userId: string, now = new Date()) {
  const next = await db.reviewCard.findFirst({
    where: { userId, due: { gt: now } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return next?.due ?? null;
}

/**
 * The review attempts a review session covers: those started since it began, and any review
 * still open from before (the session finishes it rather than starting the question again).
 * Oldest first, with whether each was ever answered right.
 */
export async function reviewAttemptsSince(db: Db, userId: string, since: Date) {
  const rows = await db.quizAttempt.findMany({
    where: {
      userId,
      kind: "review",
      OR: [{ startedAt: { gte: since } }, { completedAt: null }, { completedAt: { gte: since } }],
    },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      reviewQuestionId: true,
      completedAt: true,
      answers: { where: { correct: true }, select: { id: true }, take: 1 },
    },
  });
  return rows.map((row) => ({
    attemptId: row.id,
    questionId: row.reviewQuestionId,
    completed: row.completedAt !== null,
    right: row.answers.length > 0,
  }));
}
