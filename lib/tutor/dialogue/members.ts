/**
 * "which one matters most?" after "what does each of the lstm gates do?": "one" is a member of
 * the plural the thread asked about, so the question is read as "which of the lstm gates …".
 * Without it "one" names nothing and the search falls back on the thread's loosest terms.
 */
import { STRONG, WEAK } from "../retrieval/vocabulary";
import { terms } from "../retrieval/text";

/**
 * "the lstm gates", "the three gates of an lstm", "the gru's gates", "both fixes", and modifiers
 * joined by "and" ("the full and truncated lstm gradients").
 */
const PLURAL =
  /\b(?:the|its|their|all|both|these|those)\s+((?:[\w'’-]+\s+(?:and\s+|or\s+)?){0,3}?[a-z]{3,}s)\b(\s+(?:of|in)\s+(?:an?\s+|the\s+)?[\w-]+)?/gi;

/** What "which one" stands for: "which of the …", or the message read as it was. */
const WHICH_ONE = /\bwhich (?:one|of (?:them|these|those|the two|the three))(?:s)?\b/i;

/** The plural the question is about, when its head word is one of the course's own nouns. */
export function pluralSubject(asked: string): string | undefined {
  for (const m of asked.matchAll(PLURAL)) {
    const phrase = m[1] ?? "";
    const head = phrase.split(/\s+/).at(-1) ?? "";
    // The head's stem ("gates" → "gate") must be a course word: "the words" or "the others" is not.
    const stem = terms(head)[0];
    if (!stem || !(STRONG.has(stem) || WEAK.has(stem))) continue;
    return `${phrase}${m[2] ?? ""}`.trim();
  }
  return undefined;
}

export function whichMember(message: string, asked: string | undefined): string {
  if (!asked || !WHICH_ONE.test(message)) return message;
  const plural = pluralSubject(asked);
  return plural ? message.replace(WHICH_ONE, `which of the ${plural}`) : message;
}
