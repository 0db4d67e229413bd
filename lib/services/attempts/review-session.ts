import "server-only";
import { getQuestion } from "@/lib/content";
import { dueQueue } from "@/lib/learning/review";
import { db } from "@/lib/db/client";
import { dueCards, nextReviewDue, reviewAttemptsSince } from "@/lib/db/learner";
import { startReview } from "./start";

/** At most this many questions in one review session; the rest wait for the next one. */
export const REVIEW_SESSION_LIMIT = 20;

/**
 * Where a review session stands. A session is a run of ordinary one-question review attempts
 * that began at `since`: everything here is read back from those attempts and the due cards,
 * so a reload (or another tab) finds the same place, and each answer is stored as any other.
 */
export interface ReviewSession {
  /** The review under way, if any, and its 1-based place in the session. */
  open: { attemptId: string; position: number } | null;
  /** Questions the session covers: those reviewed or under way plus those still due, bounded. */
  total: number;
  reviewed: number;
  right: number;
  /** The due question the session takes next, once the open one (if any) is done. */
  nextQuestionId: string | null;
  /** Due questions the session has no room for (its bound): they wait for another session. */
  stillDue: number;
  /** When the learner's next card is due after this moment (for the end screen). */
  nextDue: Date | null;
}

export async function reviewSession(
  userId: string,
  since: Date,
  now = new Date(),
): Promise<ReviewSession> {
  const [attempts, cards, nextDue] = await Promise.all([
    reviewAttemptsSince(db(), userId, since),
    dueCards(db(), userId, now),
    nextReviewDue(db(), userId, now),
  ]);
  const covered = attempts.slice(0, REVIEW_SESSION_LIMIT);
  const taken = new Set(covered.map((a) => a.questionId));
  const due = dueQueue(cards, now, REVIEW_SESSION_LIMIT).filter(
    (card) => !taken.has(card.questionId) && getQuestion(card.questionId) !== undefined,
  );
  const openIndex = covered.findIndex((a) => !a.completed);
  const open = covered[openIndex];
  const done = covered.filter((a) => a.completed);
  const room = covered.length < REVIEW_SESSION_LIMIT;
  return {
    open: open ? { attemptId: open.attemptId, position: openIndex + 1 } : null,
    total: Math.min(REVIEW_SESSION_LIMIT, covered.length + due.length),
    reviewed: done.length,
    right: done.filter((a) => a.right).length,
    nextQuestionId: room ? (due[0]?.questionId ?? null) : null,
    stillDue: room ? 0 : due.length,
    nextDue,
  };
}

/**
 * Opens the session's next review: the one under way, else a new attempt at the most overdue
 * question not yet covered. Null when the session is over.
 */
export async function startNextReview(
  userId: string,
  since: Date,
  now = new Date(),
): Promise<{ attemptId: string } | null> {
  const session = await reviewSession(userId, since, now);
  if (session.open) return { attemptId: session.open.attemptId };
  if (!session.nextQuestionId) return null;
  return startReview(userId, session.nextQuestionId);
}
