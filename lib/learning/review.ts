/**
 * Spaced review of answered questions with FSRS (Ye et al. 2022, "A stochastic shortest path
 * algorithm for optimizing spaced repetition scheduling", KDD) via ts-fsrs. One card per
 * (learner, question); the state is plain data matching the review_cards columns.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
} from "ts-fsrs";
import { z } from "zod";
import { checkCount, checkFraction, checkTryNumber } from "./credit";

export { Rating, State };
export type { Grade };

const count = z.number().int().nonnegative();

/**
 * Mirrors prisma's ReviewCard columns (without ids). Dates are coerced so a card sent as JSON
 * parses too; `state` is ts-fsrs's State: 0 new, 1 learning, 2 review, 3 relearning.
 */
export const ReviewCardState = z.object({
  due: z.coerce.date(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: count,
  scheduledDays: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(State.New).max(State.Relearning),
  lastReview: z.coerce.date().nullable(),
});
export type ReviewCardState = z.infer<typeof ReviewCardState>;

/**
 * Fixed parameters: FSRS's published default weights (no per-learner optimisation yet),
 * 90% target recall, and:
 * - enable_fuzz false: schedules are deterministic, so tests and the UI agree;
 * - enable_short_term false: no minute-scale learning steps. The learner has just seen the
 *   feedback, so re-asking in 1-10 minutes tests short-term memory; and the steps' position
 *   (Card.learning_steps) has no column to live in. Every card schedules in whole days, so
 *   "Again" comes back tomorrow;
 * - maximum_interval 365 days: a course, not a lifelong deck.
 */
export const FSRS_PARAMS = generatorParameters({
  enable_fuzz: false,
  enable_short_term: false,
  maximum_interval: 365,
  request_retention: 0.9,
});
const scheduler = fsrs(FSRS_PARAMS);

function fail(name: string, fn: string, must: string, value: unknown): never {
  throw new RangeError(
    `Argument '${name}' passed to '${fn}' must be ${must}, got ${String(value)}`,
  );
}

function checkDate(value: Date, name: string, fn: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    fail(name, fn, "a valid Date", value);
}

export function toPlain(card: Card): ReviewCardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

/** learning_steps is always 0 with short-term steps off, so nothing is lost by not storing it. */
export function fromPlain(card: ReviewCardState): Card {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview.getTime()) } : {}),
  };
}

/** A card for a question answered for the first time, due now. */
export function newReviewCard(now: Date): ReviewCardState {
  checkDate(now, "now", "newReviewCard");
  return toPlain(createEmptyCard(now));
}

/**
 * Maps a question's final outcome (after its last try) to an FSRS grade:
 * - Again: never answered correctly;
 * - Hard: correct, but on a later try, after hints, or with partial credit (it needed effort);
 * - Good: fully correct on the first try without hints;
 * - Easy: never. It would need a fluency signal (answer time) we do not trust yet, and on a
 *   new card it jumps the first interval from 3 to 8 days.
 */
export function ratingForAnswer(input: {
  correct: boolean;
  tryNumber: number;
  hintsUsed: number;
  fraction: number;
}): Grade {
  checkTryNumber(input.tryNumber, "ratingForAnswer");
  checkCount(input.hintsUsed, "hintsUsed", "ratingForAnswer");
  checkFraction(input.fraction, "fraction", "ratingForAnswer");
  if (!input.correct) return Rating.Again;
  if (input.tryNumber > 1 || input.hintsUsed > 0 || input.fraction < 1) return Rating.Hard;
  return Rating.Good;
}

/** The card after a review graded `rating` at `now`. */
export function scheduleReview(card: ReviewCardState, rating: Grade, now: Date): ReviewCardState {
  checkDate(now, "now", "scheduleReview");
  const checked = ReviewCardState.safeParse(card);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const name = `card.${issue?.path.join(".") ?? ""}`;
    throw new RangeError(`Argument '${name}' passed to 'scheduleReview': ${issue?.message ?? ""}`);
  }
  if (![Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].includes(rating)) {
    fail("rating", "scheduleReview", "Again, Hard, Good or Easy (1..4)", rating);
  }
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) {
    fail("now", "scheduleReview", "no earlier than card.lastReview", now.toISOString());
  }
  return toPlain(scheduler.next(fromPlain(card), now, rating).card);
}

export function isDue(card: Pick<ReviewCardState, "due">, now: Date): boolean {
  return card.due.getTime() <= now.getTime();
}

/**
 * The due cards, most overdue (earliest due) first, at most `limit`. Generic so callers can
 * pass rows carrying their question id; ties keep the input order (Array.sort is stable).
 */
export function dueQueue<T extends Pick<ReviewCardState, "due">>(
  cards: readonly T[],
  now: Date,
  limit: number,
): T[] {
  checkDate(now, "now", "dueQueue");
  checkCount(limit, "limit", "dueQueue");
  return cards
    .filter((card) => isDue(card, now))
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .slice(0, limit);
}
