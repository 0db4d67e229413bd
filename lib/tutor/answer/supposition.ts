/**
 * "Is the cell gradient exactly 1 when the forget gate is 1?": a condition after a yes/no
 * question's main clause is supposed, not claimed. "If I use ReLU it won't vanish" opens with
 * its condition, and that condition is part of the claim. The spans of the supposed clauses.
 */
const CONDITION_CLAUSE = /\b(?:when|whenever|if|once|assuming|supposing)\b[^,;.?!]*/g;
const ASKS_YES_NO = /^\s*(?:so\s+)?(?:is|are|does|do|can|will|would|did|was|were)\b/;
export function suppositions(text: string): [number, number][] {
  if (!ASKS_YES_NO.test(text) || !text.trim().endsWith("?")) return [];
  return [...text.matchAll(CONDITION_CLAUSE)]
    .filter((m) => m.index > 0)
    .map((m) => [m.index, m.index + m[0].length]);
}
