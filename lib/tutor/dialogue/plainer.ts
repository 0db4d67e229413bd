/**
 * "simpler pls" after an explanation with no definition to fall back on: the last answer's own
 * passage said again in its plain sentences (no formulas, no tables, no tour of the plot), so
 * the plainer word stays on what was just said instead of moving to the next passage.
 */
import { getLesson } from "@/lib/content";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { citationFor } from "../hint";
import { passages } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import type { Decision, Turn } from "./turn";

const MAX_LENGTH = 220;
/** Sentences that cannot be read without the page: displayed formulas, tables, the plot beside it. */
const NOT_PLAIN = /\$\$|\||\b(?:scenario|dashed|curve|plot|slider|table)\b|^\W*\d+\.\s*$|^\*\*/i;

/** Mostly formula: a short symbol ("when $f_t = 1$") reads, a line of algebra does not. */
function mostlyMath(sentence: string): boolean {
  const math = [...sentence.matchAll(/\$[^$]*\$/g)].reduce((n, m) => n + m[0].length, 0);
  return math > 0.25 * sentence.length;
}

/** The source wraps its lines; the reply that quoted it does not. */
const flat = (text: string) => text.replace(/\s+/g, " ");

export function plainerPassage(turn: Turn): Decision | undefined {
  const last = (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1);
  if (!last) return undefined;
  // The passage the last answer opened with: the one it was about, of those it quoted.
  const opening = flat(last.content.replace(/^(?:Yes|No|Not quite):\s*/, "")).slice(0, 60);
  const passage = [...turn.state.quoted]
    .reverse()
    .map((id) => passages.find((p) => p.id === id))
    .find((p) => p !== undefined && flat(p.text).includes(opening));
  if (!passage || passage.kind === "glossary" || passage.kind === "scenario") return undefined;
  const sentences = splitSentences(passage.text).map(flat);
  // The sentence the answer opened with is its point: kept, unless it is a displayed formula.
  const opened = sentences.find((s) => s.startsWith(opening.slice(0, 40)));
  // It comes first: the passage's other sentences may make another point before it.
  const readable = sentences.filter(
    (s) => s.length <= MAX_LENGTH && !NOT_PLAIN.test(s) && (s === opened || !mostlyMath(s)),
  );
  // After it, the sentence that goes on with its point (shares most of its words), not merely
  // the passage's next one.
  // Words, not symbols: every formula shares its x and t.
  const words = (s: string) => terms(s.replace(/\$[^$]*\$/g, " "));
  const point = new Set(words(opened ?? ""));
  const shared = (s: string) => words(s).filter((t) => point.has(t)).length;
  const rest = readable.filter((s) => s !== opened);
  const next = opened ? [...rest].sort((a, b) => shared(b) - shared(a)) : rest;
  const plain = [...readable.filter((s) => s === opened), ...next].slice(0, 2);
  if (plain.length === 0) return undefined;
  const lesson = getLesson(passage.lessonId);
  return {
    reply: {
      reply: `In short: ${plain.join(" ")}`,
      citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "definition",
    },
  };
}

/** A glossary entry's first sentence, said as the short version of what was just defined. */
export function gistOf(entry: GlossaryEntry): Decision {
  const first = entry.definition.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? entry.definition;
  return {
    reply: {
      // A gloss is not always a noun phrase ("the gradient … shrinks"): it follows a colon.
      reply: `In short, **${entry.term}**: ${first}`,
      citations: citationFor(entry.lessonId),
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "definition",
    },
  };
}

/** The last reply opened with the glossary's gloss of the term ("**Residual connection**: …"). */
export function lastReplyDefined(turn: Turn, term: string | undefined): boolean {
  if (!term) return false;
  const last = (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1);
  // Without the history, assume it was: a repeat is worse than a missed plainer word.
  if (!last) return true;
  return last.content.toLowerCase().startsWith(`**${term.toLowerCase()}**`);
}
