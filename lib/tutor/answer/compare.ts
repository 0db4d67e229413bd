/**
 * A comparison answers both sides: when the question names two things the glossary defines
 * ("GRU vs LSTM", "spectral radius or largest singular value"), the reply opens with each one's
 * definition, side by side, before the lesson's sentences on how they differ.
 */
import type { GlossaryEntry } from "@/lib/content/glossary";
import { splitSentences } from "../sentences";
import { entriesNamed } from "./lead-sentence";

/** Enough of a definition to set one side against the other. */
const SIDE_CHARS = 320;

function side(entry: GlossaryEntry): string {
  const sentences = splitSentences(entry.definition);
  let text = sentences[0] ?? entry.definition;
  for (const s of sentences.slice(1)) {
    if (text.length + s.length > SIDE_CHARS) break;
    text += ` ${s}`;
  }
  return `**${entry.term}**: ${text}`;
}

/** "**A**: … **B**: …" for a comparison of two glossary terms, or undefined. */
export function compareOpening(message: string, lessonId: string | undefined): string | undefined {
  const named = entriesNamed(message, lessonId);
  // The order the learner named them in.
  const [a, b] = named.slice(0, 2).sort((x, y) => position(message, x) - position(message, y));
  if (!a || !b) return undefined;
  return `${side(a)} ${side(b)}`;
}

function position(message: string, entry: GlossaryEntry): number {
  const lower = message.toLowerCase();
  const found = entry.match.map((m) => lower.indexOf(m.toLowerCase())).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : Infinity;
}
