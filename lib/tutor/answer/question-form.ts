/**
 * What a question's form asks of the reply, beyond its words: its focus (the rarer words of its
 * own subject and predicate, which the first sentence must be about), whether it asks what a
 * thing was made for ("what problem was the LSTM invented to fix?"), and whether it asks what
 * something is or does, so that a sentence on what it does not do is no opening.
 */
import { idf, queryTerms } from "../retrieval";
import { STRONG, WEAK } from "../retrieval/vocabulary";
import type { QuestionKind } from "../types";

/** A word this rare (used by about a sixth of the passages or fewer) names part of the subject. */
export const FOCUS_IDF = 1.3;

/**
 * Words that narrow a subject without naming it: "a plain tanh RNN over long sequences" is about
 * tanh, and a sentence that only says "plain" or "long" answers nothing.
 */
export const QUALIFIERS = new Set([
  "plain",
  "vanilla",
  "simple",
  "basic",
  "long",
  "short",
  "very",
  "exact",
]);

/** Focus words this close in rarity to the rarest one name the subject with it. */
const NEAR_TOP = 0.5;

/**
 * The question's own course words (not the thread's, not its phrasing: "such a bad", "in the
 * first place"), the rarest ones: what its answer must open on. "Why is the sigmoid such a bad
 * activation?" is about the sigmoid; a sentence on pre-activations only shares a word.
 */
export function focusTerms(message: string): ReadonlySet<string> {
  const course = queryTerms(message).filter(
    (t) => (STRONG.has(t) || WEAK.has(t)) && idf(t) >= FOCUS_IDF && !QUALIFIERS.has(t),
  );
  const top = Math.max(0, ...course.map(idf));
  return new Set(course.filter((t) => idf(t) >= top - NEAR_TOP));
}

const PURPOSE_ASKED =
  /\bwhat (?:problem|issue|difficulty)s?\b|\b(?:invented|designed|introduced|created|meant|built|proposed|made|needed) (?:to|for)\b|\bwhat(?:'s| is| was) (?:the |their )?(?:(?:actual|real|whole|main|original) )?(?:point|purpose|use|goal|job|motivation) (?:of|behind|for)\b|\bwhy (?:were|was|did) (?:\w+ ){0,3}(?:invented|introduced|proposed|created|needed)\b|\bwhat (?:couldn'?t|could not|did not|didn'?t) (?:people|we|they|rnns?|networks?) (?:\w+ )?(?:train|learn|do)\b|\bwhat (?:is|are|was|were) (?:an? |the )?[\w\s'-]{1,40} (?:for|there for)\s*\??\s*$|\bwhy (?:do|did) (?:we|people|they) (?:need|invent|introduce)\b/i;

/** "What problem does X fix?", "what is the reset gate for?": the purpose, not the mechanism. */
export function asksPurpose(message: string): boolean {
  return PURPOSE_ASKED.test(message);
}

/** The question itself negates ("why doesn't…", "what can't…"): a denial may answer it. */
const NEGATED = /\b(?:not|never|no)\b|n't\b|\bcannot\b/i;

/** A question about what something is, does or is for, asked without a negation. */
export function asksAffirmative(message: string, kind: QuestionKind): boolean {
  return kind !== "yes-no" && kind !== "diagnosis" && !NEGATED.test(message);
}

/** A part of the LSTM: a purpose question naming one asks what that part is for. */
const LSTM_PART =
  /\b(?:gates?|cell state|cell path|carousel|bias|peephole|clipping|truncat\w*|output|input)\b/i;

/**
 * "What was the point of inventing LSTMs?", "what couldn't people train before LSTMs?": the
 * LSTM's purpose, which its own lesson states (long gaps the plain RNN's gradient cannot span),
 * not the lesson that happens to share "1997".
 */
export function purposeLesson(message: string): string | undefined {
  if (!asksPurpose(message) || LSTM_PART.test(message)) return undefined;
  return /\b(?:lstms?|long short-term memory)\b/i.test(message) && !/\bgrus?\b/i.test(message)
    ? "what-problem-lstm-solves"
    : undefined;
}
