/**
 * A catalogued claim asked under a condition that makes it true: "is the truncated gradient the
 * same as the full one when the recurrent weights are zero?" The catalogue's correction holds in
 * general ("with non-zero recurrent weights the two differ"), but the question's condition is
 * the case the correction excludes, and the course says what happens there ("with the recurrent
 * weights at 0 … both agree exactly"). The reply opens "Yes" with that sentence, then the
 * general correction; nothing is recorded, since the learner stated no misconception.
 */
import type { Misconception } from "@/lib/content";
import { idf, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import { canOpen } from "./stands-alone";

/** "when the recurrent weights are zero", "if the forget gate is 1": the clause after the marker. */
const CONDITION = /\b(?:when|whenever|if|once|given that|in the case where)\s+([^,?.;]{4,80})/i;
/** A sentence that says the two agree, or the claim holds. */
const AFFIRMS = /\b(?:agree\w*|same|equal\w*|identical\w*|coincide\w*|match\w*|exactly)\b/i;
const NEGATES = /\b(?:not|no|never|non|differ\w*|cannot)\b|n't\b/i;
/** Share of the condition's weighted terms the deciding sentence must carry. */
const COVERS = 0.6;

function weighted(ts: readonly string[], present: ReadonlySet<string>): number {
  const total = ts.reduce((s, t) => s + idf(t), 0);
  const hit = ts.filter((t) => present.has(t)).reduce((s, t) => s + idf(t), 0);
  return total > 0 ? hit / total : 0;
}

/** The correction excludes the condition: a negation stands just before one of its terms. */
function excludes(correction: string, condition: readonly string[]): boolean {
  const words = correction.toLowerCase().split(/[\s-]+/);
  return words.some((w, i) => {
    if (!/^(?:non|not|no|unless|except)$/.test(w)) return false;
    const next = terms(words.slice(i + 1, i + 3).join(" "));
    return next.some((t) => condition.includes(t));
  });
}

/** "Yes: <the course sentence for the condition>", or undefined when the condition changes nothing. */
export function conditionHolds(
  message: string,
  misconception: Misconception,
  hits: readonly Hit[],
): string | undefined {
  const clause = CONDITION.exec(message)?.[1];
  if (!clause) return undefined;
  const condition = [...new Set(terms(clause))];
  if (condition.length === 0 || !excludes(misconception.correction, condition)) return undefined;
  let best: { sentence: string; share: number } | undefined;
  for (const h of hits.slice(0, 6))
    for (const sentence of splitSentences(h.passage.text)) {
      if (!AFFIRMS.test(sentence) || NEGATES.test(sentence) || !canOpen(sentence)) continue;
      const share = weighted(condition, new Set(terms(sentence)));
      if (share >= COVERS && (!best || share > best.share)) best = { sentence, share };
    }
  return best ? `Yes: ${best.sentence}` : undefined;
}
