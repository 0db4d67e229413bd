import "server-only";
import { dueQueue } from "@/lib/learning/review";
import { db } from "./client";

/** What the home, progress and review pages show a learner about themselves. */

export async function masteryByConcept(userId: string) {
  return db().conceptMastery.findMany({
    where: { userId },
    select: { conceptId: true, pKnown: true, attempts: true, correct: true, updatedAt: true },
  });
}

export async function answerHistory(userId: string, take = 200) {
  const rows = await db().answer.findMany({
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
export async function firstTries(userId: string) {
  return db().answer.findMany({
    where: { userId, tryNumber: 1 },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, correct: true, score: true, tryNumber: true, hintsUsed: true },
  });
}

export const REVIEW_QUEUE_LIMIT = 20;

export async function reviewQueue(userId: string, now = new Date()) {
  const cards = await db().reviewCard.findMany({
    where: { userId, due: { lte: now } },
    orderBy: { due: "asc" },
    take: REVIEW_QUEUE_LIMIT,
    select: { questionId: true, due: true, reps: true, lapses: true, state: true },
  });
  return dueQueue(cards, now, REVIEW_QUEUE_LIMIT);
}

export async function nextReviewDue(userId: string, now = new Date()) {
  const next = await db().reviewCard.findFirst({
    where: { userId, due: { gt: now } },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return next?.due ?? null;
}
