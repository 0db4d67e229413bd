/**
 * Letters for options and items as the chat shows them: A, B, C ... in the order of
 * publicQuestion (options and ordering items in the instance's shuffled order), so "b" means the same thing
 * to the quiz renderer, the answer parser and the leak guard.
 */
import { publicQuestion, type QuestionInstance } from "@/lib/learning/grading";

export const LETTERS = "abcdefghij";

export interface Lettered {
  letter: string;
  id: string;
  text: string;
}

/** Options (choice and predict-plot) or items (ordering) with their letters; [] otherwise. */
export function letteredChoices(instance: QuestionInstance): Lettered[] {
  const pub = publicQuestion(instance);
  const list = pub.options ?? pub.items ?? [];
  return list
    .slice(0, LETTERS.length)
    .map((o, i) => ({ letter: LETTERS[i] ?? "?", id: o.id, text: o.text }));
}

export const ORDINALS: readonly (readonly string[])[] = [
  ["first", "1st"],
  ["second", "2nd"],
  ["third", "3rd"],
  ["fourth", "4th"],
  ["fifth", "5th"],
  ["sixth", "6th"],
];
