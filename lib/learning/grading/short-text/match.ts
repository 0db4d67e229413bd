/**
 * Where a rubric pattern is stated: each match with its sentence and span, so that parts of a
 * claim can be required to sit close together, not merely somewhere in one long sentence.
 * A match is negated when a negator governs it (negation.ts) or sits inside it without the
 * pattern spelling it out: a gap such as "weight (\w+ ){0,3}one" also matches "weight is not one".
 */
import { withoutLookarounds } from "@/lib/content/regex-source";
import { rubricRegex, type Terms } from "@/lib/content/rubric";
import { NEGATOR, negatedAt } from "./negation";

export interface Hit {
  sentence: number;
  start: number;
  end: number;
  /** A negation governs it: "is not linear" denies what "is linear" states. */
  negated: boolean;
}

const loose = (s: string) => s.replace(/['?\\]/g, "");

function negatedWithin(matched: string, source: string): boolean {
  const plain = loose(withoutLookarounds(source, "all"));
  // A contrast inside a match ("relu instead of tanh") sets one noun against another.
  return [...matched.matchAll(NEGATOR)].some(
    (m) => !/^(?:instead of|rather than|unlike)$/.test(m[0]) && !plain.includes(loose(m[0])),
  );
}

const compiled = new WeakMap<Terms, Map<string, RegExp>>();

// A rubric without terms gets a fresh {} with every instance; all of them share one cache.
const NO_TERMS: Terms = {};

function regexFor(pattern: string, terms: Terms): RegExp {
  const key = Object.keys(terms).length === 0 ? NO_TERMS : terms;
  let byPattern = compiled.get(key);
  if (!byPattern) {
    byPattern = new Map();
    compiled.set(key, byPattern);
  }
  let re = byPattern.get(pattern);
  if (!re) {
    re = rubricRegex(pattern, terms);
    byPattern.set(pattern, re);
  }
  return re;
}

/** Every match of the pattern in the sentences, stated or negated. */
export function hitsOf(pattern: string, terms: Terms, list: readonly string[]): Hit[] {
  const re = regexFor(pattern, terms);
  const out: Hit[] = [];
  list.forEach((sentence, i) => {
    for (const m of sentence.matchAll(re)) {
      if (m[0].length === 0) continue;
      const negated = negatedAt(sentence, m.index) || negatedWithin(m[0], re.source);
      out.push({ sentence: i, start: m.index, end: m.index + m[0].length, negated });
    }
  });
  return out;
}

export type Hits = (pattern: string) => Hit[];

/**
 * hitsOf for one answer, each pattern matched once however many ideas and claims use it:
 * `stated` gives the matches no negation governs, `all` the negated ones too.
 */
export function answerHits(terms: Terms, list: readonly string[]): { stated: Hits; all: Hits } {
  const memo = new Map<string, Hit[]>();
  const all: Hits = (pattern) => {
    let hits = memo.get(pattern);
    if (!hits) {
      hits = hitsOf(pattern, terms, list);
      memo.set(pattern, hits);
    }
    return hits;
  };
  return { all, stated: (pattern) => all(pattern).filter((h) => !h.negated) };
}

/** Characters within which the parts of one claim must all fall (about a clause and a half). */
export const CLAIM_SPAN = 90;

/**
 * Sentences where every part of the group is stated within CLAIM_SPAN characters of the
 * others: "multiplied ... at every step" is one claim, "multiplied" at the start of a long
 * sentence and "every step" at its end are two unrelated mentions.
 */
export function claimSentences(group: readonly string[], hits: Hits): Set<number> {
  const parts = group.map(hits);
  const out = new Set<number>();
  const [first, ...rest] = parts;
  for (const anchor of first ?? []) {
    if (out.has(anchor.sentence)) continue;
    // Each other part's nearest hit in the same sentence must fit one window with the anchor.
    let lo = anchor.start;
    let hi = anchor.end;
    const fits = rest.every((hits) => {
      const near = hits
        .filter((h) => h.sentence === anchor.sentence)
        .sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start))[0];
      if (!near) return false;
      lo = Math.min(lo, near.start);
      hi = Math.max(hi, near.end);
      return hi - lo <= CLAIM_SPAN;
    });
    if (fits) out.add(anchor.sentence);
  }
  return out;
}
