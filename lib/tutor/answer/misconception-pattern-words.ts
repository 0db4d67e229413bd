/**
 * The words of a catalogue entry's phrasings (lib/content's and misconception-patterns.ts's
 * regular-expression sources), for the similarity fallback's claim side.
 */
import { phrasingsOf, type PhrasedMisconception } from "@/lib/content/misconception-phrasings";

/**
 * A source without its negative look-arounds: "(?![^?.]*explo)" names what the claim is not
 * about, so its words are no part of the claim.
 */
function withoutNegations(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const opens = source.startsWith("(?!", i) || source.startsWith("(?<!", i);
    if (!opens || source[i - 1] === "\\") {
      out += source[i];
      continue;
    }
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === "\\") i++;
      else if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) break;
    }
  }
  return out;
}

/** The words of a regular-expression source, without its syntax. */
export const wordsOfPattern = (source: string) =>
  withoutNegations(source)
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
