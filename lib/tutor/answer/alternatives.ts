/**
 * "Is the weight gradient summed or multiplied over time?", "before or after backward?": a
 * question offering two alternatives is answered by naming the one the course states, not with
 * "No:" (neither a yes nor a no answers it). The deciding sentence uses one alternative and not
 * the other, and carries the rest of the question's rarer terms (its subject).
 */
import { idf, queryTerms, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import { lessonPassagesAbout } from "./pool";

/** "A or B": up to three words on each side of a lone "or", inside one clause. */
const EITHER_OR = /((?:[\w'-]+\s+){0,2}[\w'-]+)\s+or\s+((?:[\w'-]+\s*){1,3})/i;
const WEIGHS = /\b(?:which|better|worse|best|prefer\w*)\b/i;
/** Leading words that belong to the question's frame, not to the alternative. */
const FRAME =
  /^(?:(?:is|are|was|were|does|do|did|get|gets|got|it|they|be|being|the|a|an|to|go|goes|happen|happens|done)\s+)+/i;
/** Share of the subject's weighted terms the deciding sentence must carry. */
const DECIDES = 0.25;
/** A two-word phrase of the question's, kept together in the sentence. */
const PHRASE = 0.3;
/** Words that resume the question after the right-hand alternative. */
const RESUMES =
  /\s+(?:when|whenever|if|in|on|over|for|with|during|at|by|after|before|across|through|per|of)\b/i;
const LEAD_IN = /^\*\*[^*]{1,60}\*\*/;

export interface Alternatives {
  /** Each side as the learner wrote it, and its own terms (without those both sides share). */
  sides: [{ said: string; terms: Set<string> }, { said: string; terms: Set<string> }];
}

/** The two alternatives a question offers, or undefined when it offers none. */
export function alternativesAsked(message: string): Alternatives | undefined {
  // "Tanh or relu, which one keeps more?" weighs two things: a comparison, answered as one.
  if (WEIGHS.test(message)) return undefined;
  // Only a question offers a choice: "0 or 5, whatever, it barely matters" states a claim.
  const asked = message.split("?").slice(0, -1).join("?");
  const clause = asked.split(/[,;:.!]/).find((c) => EITHER_OR.test(c));
  const m = clause ? EITHER_OR.exec(clause) : null;
  if (!m) return undefined;
  const before = (m[1] ?? "").trim().split(/\s+/);
  // The left side is as long as the right one ("per entry or the whole vector" keeps "per entry").
  // The right side ends where the rest of the question begins ("explode | when the factors…").
  const after = (m[2] ?? "").trim().replace(FRAME, "").split(RESUMES)[0]?.trim() ?? "";
  // "True or not?" asks for a verdict after all.
  if (!after || /^(?:not|no|otherwise)\b/i.test(after)) return undefined;
  const left = before.slice(-Math.max(1, Math.min(2, after.split(/\s+/).length)));
  const saidA = left.join(" ").replace(FRAME, "");
  const a = new Set(terms(saidA));
  const b = new Set(terms(after));
  for (const t of [...a])
    if (b.has(t)) {
      a.delete(t);
      b.delete(t);
    }
  if (a.size === 0 || b.size === 0) return undefined;
  return {
    sides: [
      { said: saidA, terms: a },
      { said: after, terms: b },
    ],
  };
}

/** "Summed: …" with the sentence that decides between the alternatives, or undefined. */
export function alternativeOpening(
  message: string,
  hits: readonly Hit[],
  canOpen: (sentence: string) => boolean,
): string | undefined {
  const asked = alternativesAsked(message);
  if (!asked) return undefined;
  // Retrieval may rank question explanations first; the answering lesson's own sections state it.
  // The two lessons retrieval ranks first, as both callers see them.
  const lessons = [...new Set(hits.slice(0, 6).map((h) => h.passage.lessonId))].slice(0, 2);
  const own = lessons.flatMap((id) => lessonPassagesAbout(id, message).slice(0, 4));
  const [a, b] = asked.sides;
  const subject = queryTerms(message).filter((t) => !a.terms.has(t) && !b.terms.has(t));
  const total = subject.reduce((s, t) => s + idf(t), 0);
  const words = queryTerms(message);
  const pairs = words.slice(1).map((t, i) => [words[i], t] as const);
  if (total === 0) return undefined;
  let best: { text: string; side: string; share: number } | undefined;
  for (const h of [...hits.slice(0, 6), ...own]) {
    for (const text of splitSentences(h.passage.text)) {
      if (text.length > 320 || !canOpen(text)) continue;
      // A bold lead-in ("**Backward.** Start with…") names a part, not what the sentence states.
      const own = new Set(terms(text.replace(LEAD_IN, " ")));
      const usesA = [...a.terms].every((t) => own.has(t));
      const usesB = [...b.terms].every((t) => own.has(t));
      const mentions = (side: Set<string>) => [...side].some((t) => own.has(t));
      // A sentence naming both ("compound rather than adding up") decides nothing.
      if (usesA === usesB || (usesA && mentions(b.terms)) || (usesB && mentions(a.terms))) continue;
      // "The weight gradient is a sum" is about the subject; "a weight matrix" only shares a word.
      const seq = terms(text);
      const phrases = pairs.filter((p) => seq.some((t, i) => t === p[0] && seq[i + 1] === p[1]));
      // Of two that carry the subject alike, the shorter states the choice more plainly.
      const share =
        PHRASE * phrases.length +
        subject.filter((t) => own.has(t)).reduce((s, t) => s + idf(t), 0) / total -
        text.length / 4000;
      if (!best || share > best.share) best = { text, side: usesA ? a.said : b.said, share };
    }
  }
  if (!best || best.share < DECIDES) return undefined;
  const side = best.side.charAt(0).toUpperCase() + best.side.slice(1);
  return `${side}: ${best.text}`;
}
