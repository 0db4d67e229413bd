/**
 * Values a question names and a sentence states: "if the forget bias is 0" is answered by the
 * sentence with $b_f = 0$ or "a zero bias", "like a = 1" by the one that sets $a = 1$.
 */
import { findNumbers } from "../numbers";
import type { QuestionKind } from "../types";

/** The sentence states one of the values ("b_f = 0", "a zero bias"), not a digit inside another number. */
export function statesValue(text: string, values: readonly number[]): boolean {
  // "h_{t-2}" is an index, not the value -2.
  const found = findNumbers(text)
    .filter((n) => !/[\w{_]/.test(text[n.start - 1] ?? ""))
    .map((n) => n.value);
  return values.some(
    (v) => found.includes(v) || (NUMBER_WORDS[v] !== undefined && NUMBER_WORDS[v].test(text)),
  );
}
const NUMBER_WORDS: Readonly<Record<number, RegExp>> = { 0: /\bzero\b/i, 1: /\bone\b/i };

/**
 * The settings a text writes out, as "symbol=value" ("like a = 1", "$b_f = 3$" → "a=1",
 * "b_f=3"): the learner's "a = 1" is the lesson's "At $a = 1$", not any "1" in the passage.
 */
export function assignmentsIn(text: string): string[] {
  const plain = text.replace(/[$\\{}]/g, "");
  const found = plain.matchAll(
    /(?<![\w.])([a-zA-Z](?:_[a-zA-Z0-9]+)?)\s*=\s*(-?\d+(?:\.\d+)?)(?![\d.]*\d)/g,
  );
  return [...found].map((m) => `${m[1] ?? ""}=${Number(m[2])}`);
}

/**
 * The values a what-if names ("if the forget bias is 0", "left at zero"): a sentence stating
 * them answers it.
 */
export function valuesAsked(message: string, kind: QuestionKind): number[] {
  if (kind !== "what-if") return [];
  return [...findNumbers(message).map((n) => n.value), ...(/\bzero\b/i.test(message) ? [0] : [])];
}

/** The settings a what-if writes out ("like a = 1"). */
export function settingsAsked(message: string, kind: QuestionKind): string[] {
  return kind === "what-if" ? assignmentsIn(message) : [];
}
