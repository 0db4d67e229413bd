/**
 * Phrase matches that state no claim although a phrasing matched: a statement true of one part
 * of the model, a conceded point, a bound read as a value, a match across the two sides of a
 * "which" comparison. The detectors in misconceptions.ts ask these before counting a match.
 */

/**
 * Claims that are true of one part: "the cell path is safe from explosion" is what the lesson
 * teaches; only the whole network being safe is the misconception. Tested on the words just
 * before the match.
 */
export const TRUE_OF_SUBJECT: Readonly<Record<string, RegExp>> = {
  "lstm-never-explodes":
    /\bcell(?:[- ]state)?(?:'s)?(?: path| self-?loop)?\s+(?:is\s+|are\s+|stays?\s+|remains?\s+)?$/,
};

/**
 * "The gradient going along the LSTM cell can't blow up": a gradient said to travel along,
 * through or down the cell is the cell path's, whatever model the clause names on the way.
 * Tested on the clause up to the match's end, and on a guessed reading's whole message.
 */
export const ALONG_PART: Readonly<Record<string, RegExp>> = {
  "lstm-never-explodes":
    /\b(?:along|through|via|down|across)\s+(?:the\s+|an?\s+)?(?:lstm'?s?\s+|gru'?s?\s+)?(?:cell|carousel)\b/,
};
export const clauseUpTo = (text: string, end: number) =>
  text.slice(
    Math.max(...[",", ";", ".", "!", "?"].map((p) => text.lastIndexOf(p, end - 1))) + 1,
    end,
  );

/**
 * "tanh is bounded, but the gradient can still explode when W is large": the failure conceded
 * as still possible is the lesson's point against a claim that it cannot happen.
 */
const STILL_EXPLODES =
  /\b(?:can|could|may|might|does|do|will)\s+still\s+(?:\w+\s+)?(?:explode|blow up|grow|get (?:huge|big|large))\b|\bstill\s+(?:explodes|blows up)\b/;

/**
 * True statements that name a claim's words and concede what the claim denies: "with spectral
 * radius below 1 the gradient eventually shrinks, though it can grow first" is the lesson's
 * point (a non-normal W can grow before it decays), not the claim that it shrinks from the first
 * step. Tested on the whole message.
 */
export const CONCEDED: Readonly<Record<string, RegExp>> = {
  "bounded-activation-bounds-gradient": STILL_EXPLODES,
  "lstm-never-explodes": STILL_EXPLODES,
  "spectral-radius-suffices":
    /\b(?:grow|grows|rise|rises|increase|increases|get bigger|go up)\s+(?:\w+\s+){0,4}?(?:first|at first|initially|early on|for a while|before)\b|\btransient\w*|\bnon-?normal\b/,
};

/**
 * "The forget gates are all under 1" bounds the gate, it does not say it is 1: a value the
 * match ends on, with a comparison just before it, is another claim unless the pattern asks
 * for the comparison itself ("spectral radius below 1").
 */
const BOUND_BEFORE_VALUE =
  /(?:\b(?:under|below|less than|smaller than|lower than|at most|no more than|short of)|[<≤])\s*(?:\d+(?:\.\d+)?|one)$/;
const NAMES_BOUND = /under|below|less|smaller|lower|most|<|≤/;
export const boundNotValue = (match: string, source: string) =>
  BOUND_BEFORE_VALUE.test(match) && !NAMES_BOUND.test(source);

/**
 * "Norm clipping vs clipping each value, which keeps the direction?" asks which side: a match
 * across "vs" joins words of both sides. Without a "which" the two sides can be the claim's
 * subject ("truncated vs full gradient, the same number anyway, isn't it").
 */
const ACROSS_SIDES = /\b(?:vs\.?|versus)(?=\s)/;
const ASKS_WHICH = /\bwhich\b|\bdifference\b/;
export const acrossSides = (match: string, text: string) =>
  ACROSS_SIDES.test(match) && ASKS_WHICH.test(text);
