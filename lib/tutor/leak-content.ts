/**
 * Content leaks: a sentence that states what a correct option (or a sentence of the short-text
 * model answer) says, in other words than the option's own. Both sides become course terms
 * (case, punctuation, TeX, stop words and suffixes normalised the way retrieval does it) and
 * the sentence "states" the claim when it covers most of the claim's terms, each weighted by
 * its rarity in the course, so "Jozefowicz … initialising it to 1" counts for far more than
 * "forget gate". The reverse counts too: a sentence that denies a wrong option's content tells
 * the learner that option is out.
 */
import { idf } from "./retrieval";
import { terms } from "./retrieval/text";
import { splitSentences } from "./sentences";

/**
 * Share of a claim's weighted terms a sentence must contain to state it. Measured on the 210
 * lesson sentences against the bank's 82 options long enough to check
 * (tests/unit/tutor/leak-guard-overlap.test.ts): at 0.75, 7 sentences are flagged against some
 * option, 4 of which state it and 3 merely share its topic (1.4 % of all sentences, and only
 * while that one question is open); 0.7 flags 12 (6 topic-only, 2.9 %), 0.8 flags 3 but misses
 * two that state their option in other words.
 */
export const OVERLAP_THRESHOLD = 0.75;
/**
 * Claims with fewer distinct word terms ("Larger", "Below $10^{-3}$") are left to the exact-text
 * and number checks: a couple of words and digits turn up in any sentence on the topic.
 */
export const MIN_CLAIM_TERMS = 3;

/** A Map, not an object: a word like "constructor" must never find an inherited property. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    zero: "0",
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
    ten: "10",
    half: "0.5",
  }),
);

/** Course terms of a text, as a set; maths symbols to words, number words to digits. */
export function contentTerms(text: string): Set<string> {
  const plain = text
    .replace(/≈|\\approx/g, " approx ")
    .replace(/[≤≥<>=×·]/g, " ")
    .replace(/\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|half)\b/gi, (w) => {
      return ` ${NUMBER_WORDS.get(w.toLowerCase()) ?? w} `;
    });
  // Single letters are formula variables (f_t, h, k): they say nothing about the claim.
  return new Set(terms(plain).filter((t) => t.length > 1 || /\d/.test(t)));
}

export interface Claim {
  id: string;
  terms: ReadonlySet<string>;
  weight: number;
}

export function claimOf(id: string, text: string): Claim | undefined {
  const t = contentTerms(text);
  if ([...t].filter((x) => !/^\d/.test(x)).length < MIN_CLAIM_TERMS) return undefined;
  let weight = 0;
  for (const x of t) weight += idf(x);
  return { id, terms: t, weight };
}

/** Weighted share of the claim's terms that the sentence's terms contain (0..1). */
export function coverage(sentence: ReadonlySet<string>, claim: Claim): number {
  if (claim.weight <= 0) return 0;
  let hit = 0;
  for (const x of claim.terms) if (sentence.has(x)) hit += idf(x);
  return hit / claim.weight;
}

const NEGATION =
  /\b(?:not|no|never|none|neither|nor|cannot|false|wrong|incorrect|untrue|myth|misconception)\b|n['’]t\b/gi;

const negations = (text: string): number => text.match(NEGATION)?.length ?? 0;

export interface ContentClaims {
  /** Correct options, or the sentences of the model answer. */
  key: readonly Claim[];
  /** Wrong options, with their texts (a denial must add a negation the option lacks). */
  wrong: readonly { claim: Claim; negations: number }[];
}

export interface ContentHit {
  stated: string[];
  denied: string[];
}

/** Which key claims the reply's sentences state and which wrong options they deny. */
export function contentHits(reply: string, claims: ContentClaims): ContentHit {
  const stated = new Set<string>();
  const denied = new Set<string>();
  for (const sentence of splitSentences(reply)) {
    const words = contentTerms(sentence);
    if (words.size === 0) continue;
    const neg = negations(sentence);
    // "It can grow or shrink" states a wrong option as fully as the key: that singles out nothing.
    let wrongBest = 0;
    for (const w of claims.wrong) {
      const v = coverage(words, w.claim);
      wrongBest = Math.max(wrongBest, v);
      if (neg > w.negations && v >= OVERLAP_THRESHOLD) denied.add(w.claim.id);
    }
    for (const c of claims.key) {
      const v = coverage(words, c);
      if (v >= OVERLAP_THRESHOLD && v > wrongBest) stated.add(c.id);
    }
  }
  return { stated: [...stated], denied: [...denied] };
}

export function wrongClaim(id: string, text: string): ContentClaims["wrong"][number] | undefined {
  const claim = claimOf(id, text);
  return claim ? { claim, negations: negations(text) } : undefined;
}

/** The model answer's sentences as claims ("model-answer#0", …). */
export function answerClaims(modelAnswer: string): Claim[] {
  return splitSentences(modelAnswer).flatMap((s, i) => claimOf(`model-answer#${i}`, s) ?? []);
}
