/**
 * Credit for one answer: up to three tries with decreasing credit, scaled by the grader's
 * partial-credit fraction, less a small penalty per hint (the issue: "up to three tries with
 * credit that decreases; hints on request, one at a time, counted").
 */

/** Tries per question; the third wrong answer reveals the solution. */
export const MAX_TRIES = 3;

/**
 * Credit for a fully correct answer on try 1, 2, 3. Steep enough that guessing through the
 * options of a four-option question (expected credit (1 + 0.6 + 0.3 + 0) / 4 = 0.475) earns
 * less than half of answering right first time, yet a later correct answer is still rewarded.
 */
export const TRY_CREDIT: readonly [number, number, number] = [1, 0.6, 0.3];

/** Each hint taken removes this share of the credit... */
export const HINT_PENALTY = 0.1;
/**
 * ...up to this much in total, so a correct first answer after every hint still earns 0.7:
 * hints should be used when stuck, not avoided to protect the score.
 */
export const MAX_HINT_PENALTY = 0.3;

export type CreditInput = {
  /** 1-based try number, at most MAX_TRIES. */
  tryNumber: number;
  /** The grader's partial credit in [0, 1]; 0 for a wrong answer. */
  fraction: number;
  /** Hints taken before this answer. */
  hintsUsed: number;
  /** Hints the question offers. */
  hintCount: number;
};

function fail(name: string, fn: string, must: string, value: unknown): never {
  throw new RangeError(
    `Argument '${name}' passed to '${fn}' must be ${must}, got ${String(value)}`,
  );
}

/** Throws unless tryNumber is an integer in 1..MAX_TRIES; shared by review.ts. */
export function checkTryNumber(tryNumber: number, fn: string): void {
  if (!Number.isInteger(tryNumber) || tryNumber < 1 || tryNumber > MAX_TRIES) {
    fail("tryNumber", fn, `an integer in 1..${MAX_TRIES}`, tryNumber);
  }
}

/** Throws unless value is a finite number in [0, 1]. */
export function checkFraction(value: number, name: string, fn: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 1)
    fail(name, fn, "a number in [0, 1]", value);
}

/** Throws unless value is a non-negative integer. */
export function checkCount(value: number, name: string, fn: string): void {
  if (!Number.isInteger(value) || value < 0) fail(name, fn, "a non-negative integer", value);
}

/** Multiplier in [1 - MAX_HINT_PENALTY, 1] for the hints taken. */
export function hintFactor(hintsUsed: number): number {
  return 1 - Math.min(MAX_HINT_PENALTY, HINT_PENALTY * hintsUsed);
}

/**
 * Score in [0, 1] = TRY_CREDIT[tryNumber] × fraction × hintFactor(hintsUsed). Multiplicative so
 * that each factor alone keeps the score in [0, 1] and a wrong answer (fraction 0) scores 0.
 */
export function creditFor(input: CreditInput): number {
  const { tryNumber, fraction, hintsUsed, hintCount } = input;
  checkTryNumber(tryNumber, "creditFor");
  checkFraction(fraction, "fraction", "creditFor");
  checkCount(hintCount, "hintCount", "creditFor");
  checkCount(hintsUsed, "hintsUsed", "creditFor");
  if (hintsUsed > hintCount)
    fail("hintsUsed", "creditFor", `at most hintCount (${hintCount})`, hintsUsed);
  const tryCredit = TRY_CREDIT[tryNumber - 1] ?? 0;
  return tryCredit * fraction * hintFactor(hintsUsed);
}

/** Another try is allowed after a wrong answer until MAX_TRIES tries are spent. */
export function canRetry(input: { tryNumber: number; correct: boolean }): boolean {
  checkTryNumber(input.tryNumber, "canRetry");
  return !input.correct && input.tryNumber < MAX_TRIES;
}

const points = (x: number) => Math.round(x * 100);

/** The credit rule in words, shown before the first try. */
export const CREDIT_RULE =
  `A right answer earns ${TRY_CREDIT.map((c) => `${points(c)}%`).join(" / ")} on try ` +
  `${TRY_CREDIT.map((_, i) => i + 1).join(" / ")}; each hint you take removes ` +
  `${points(HINT_PENALTY)} points (at most ${points(MAX_HINT_PENALTY)}). A partly right answer ` +
  `earns that share of it. Your best try on a question is what counts.`;

/** The most a fully right answer can earn on this try (before hints). */
export function tryCeiling(tryNumber: number): number {
  checkTryNumber(tryNumber, "tryCeiling");
  return TRY_CREDIT[tryNumber - 1] ?? 0;
}
