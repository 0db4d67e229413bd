/**
 * Does a negation govern a match? A negator governs the words after it, within a few words and
 * up to the end of its clause: "the unit is not linear" denies "linear", "the cell isn't
 * squashed and its self-connection has weight 1" denies only the squashing, because "and its"
 * opens a new clause with its own subject. "because" opens one too, except after a negator: "it
 * isn't because of the additive update" denies the reason. "almost no gradient" and "not only"
 * are not denials.
 */
const CLAUSE_BREAK =
  /[,:(]|\b(?:but|whereas|while|however|though|although|instead|so|and so|which|then)\b|(?<!(?:not|n't|never) )\b(?:because|since)\b|\b(?:and|or) (?=(?:its|it|it's|the|this|that|these|their|a|an|there|we|you|so)\b)/g;
export const NEGATOR =
  /\b(?:not|no|never|none|nothing|nor|neither|without|cannot|unlike|isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|can'?t|won'?t|wouldn'?t|shouldn'?t|hasn'?t|haven'?t)\b|rather than|instead of/g;
const SOFTENED = /(?:almost|nearly|basically|practically|essentially|virtually|next to)\s+$/;
const NOT_ONLY = /^\s*(?:only|just|merely)\b/;
const SCOPE_WORDS = 5;

export function negatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  const words = before.slice(start).trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-SCOPE_WORDS).join(" ");
  for (const m of window.matchAll(NEGATOR)) {
    const head = window.slice(0, m.index);
    const tail = window.slice(m.index + m[0].length);
    if (SOFTENED.test(head) || NOT_ONLY.test(tail)) continue;
    return true;
  }
  return false;
}
