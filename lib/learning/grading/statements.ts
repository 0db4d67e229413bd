/**
 * Is a phrase stated, or only mentioned? A rubric phrase counts when it occurs in a sentence
 * and no negation governs it: "the forget gate is close to 1" states it, "the forget gate is not
 * close to 1" and "it is not additive" do not. A negation governs the words after it up to the
 * end of its clause (a comma, colon, "but", "whereas"...), within a few words. Phrasings that
 * carry their own negation ("no squashing", "can't learn") work because only the words before
 * a match are searched.
 */
import { rubricRegex, type Terms } from "@/lib/content/rubric";

/** Lower case, unify quotes, dashes, symbols and spacing, so patterns need not list variants. */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Sentences: split at . ! ? ; and line breaks, but not inside numbers ("0.9", "1.0"). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<!\d)[.!?;](?!\d)|(?<=\d)[.!?;](?=\s|$)|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const CLAUSE_BREAK = /[,:(]|\b(?:but|whereas|while|however|though|although|instead|so|and so)\b/g;
const NEGATOR =
  /\b(?:not|no|never|none|nothing|nor|neither|without|cannot|unlike|isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|can'?t|won'?t|wouldn'?t|shouldn'?t|hasn'?t|haven'?t)\b|rather than|instead of/g;
/** "almost no gradient" and "not only" are not denials. */
const SOFTENED = /(?:almost|nearly|basically|practically|essentially|virtually|next to)\s+$/;
const NOT_ONLY = /^\s*(?:only|just|merely)\b/;
const SCOPE_WORDS = 5;

/** Does a negation govern the text of `sentence` starting at `index`? */
export function negatedAt(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  const clause = before.slice(start);
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const window = words.slice(-SCOPE_WORDS).join(" ");
  for (const m of window.matchAll(NEGATOR)) {
    const head = window.slice(0, m.index);
    const tail = window.slice(m.index + m[0].length);
    if (SOFTENED.test(head) || NOT_ONLY.test(tail)) continue;
    return true;
  }
  return false;
}

/**
 * "ReLU instead of tanh would solve it": a contrast inside a match sets one noun against
 * another and leaves the statement itself asserted.
 */
const CONTRASTIVE = /^(?:instead of|rather than|unlike)$/;

const loose = (s: string) => s.replace(/['?\\]/g, "");

/**
 * A negation inside the matched text that the pattern does not spell out itself: a gap such
 * as "weight (\w+ ){0,3}one" also matches "weight is not one".
 */
function negatedWithin(matched: string, pattern: string): boolean {
  const source = loose(pattern);
  return [...matched.matchAll(NEGATOR)].some(
    (m) => !CONTRASTIVE.test(m[0]) && !source.includes(loose(m[0])),
  );
}

/** Where `pattern` is stated (not negated) in the sentences: the sentence indices. */
export function statedIn(pattern: string, terms: Terms, list: readonly string[]): Set<number> {
  const re = rubricRegex(pattern, terms);
  const out = new Set<number>();
  list.forEach((sentence, i) => {
    for (const m of sentence.matchAll(re)) {
      if (!negatedAt(sentence, m.index) && !negatedWithin(m[0], re.source)) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

/** Any of the patterns stated somewhere. */
export function anyStated(patterns: readonly string[], terms: Terms, list: readonly string[]) {
  return patterns.some((p) => statedIn(p, terms, list).size > 0);
}

/** Every part of the group stated in one and the same sentence. */
export function statedTogether(group: readonly string[], terms: Terms, list: readonly string[]) {
  const [first, ...rest] = group.map((p) => statedIn(p, terms, list));
  if (!first) return false;
  return [...first].some((i) => rest.every((s) => s.has(i)));
}
