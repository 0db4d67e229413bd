/**
 * The words of a catalogue entry's phrasings (lib/content's and misconception-patterns.ts's
 * regular-expression sources), for the similarity fallback's claim side.
 */
import { phrasingsOf, type PhrasedMisconception } from "@/lib/content/misconception-phrasings";
import { withoutLookarounds } from "@/lib/content/regex-source";

/** The words of a regular-expression source, without its syntax. */
export const wordsOfPattern = (source: string) =>
  // "(?![^?.]*explo)" names what the claim is not about: its words are no part of the claim.
  withoutLookarounds(source, "negative")
    .replace(/\\[a-z]/gi, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\(\?[:!=<]+/g, " ")
    .replace(/[^a-z0-9' ]+/gi, " ");

export function phrasings(id: string): string[] {
  try {
    return phrasingsOf(id as PhrasedMisconception);
  } catch {
    return [];
  }
}
