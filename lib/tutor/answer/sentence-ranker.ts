/**
 * Which course sentences answer a question, learned from the development sets' concept
 * questions (sentence-examples.json: each question, its lessons, and the sentences that say
 * what a right answer must mention). Two smoothed log-lifts over the base rate of a candidate
 * sentence being one that answers:
 * - the sentence's own: a sentence that states a lesson's key fact answers many questions
 *   about that lesson, however they are worded;
 * - each pair of a question term and a sentence term: "blow up" in a question has been seen
 *   answered by sentences about "explod", so the pair lifts a sentence sharing no word with it.
 * Counting only, so it trains when the module loads, in milliseconds.
 */
import { courseSentences, sentencesByLesson } from "./sentence-table";
import { terms } from "../retrieval/text";
import examples from "./sentence-examples.json";

export interface SentenceExample {
  question: string;
  lessons: readonly string[];
  positives: readonly string[];
  from: string;
}

/** The learned score of a sentence (by its key and terms) for a question's terms. */
export type SentenceRanker = (
  query: ReadonlySet<string>,
  key: string,
  sentenceTerms: readonly string[],
) => number;

/** Pseudo-counts at the base rate: a sentence or pair seen a few times stays near no lift. */
const SENTENCE_SMOOTHING = 4;
const PAIR_SMOOTHING = 8;

interface Counts {
  sentencePositive: Map<string, number>;
  sentenceCandidate: Map<string, number>;
  /** The question terms seen, numbered: rows of `pairPositive`. */
  questionTerms: Map<string, number>;
  /** Positive pairs: row a question term, column a sentence term (`sentenceTermIds`). */
  pairPositive: Uint32Array;
  /** For each question term, how often each lesson's sentences were its candidates. */
  termLessons: Map<string, Map<string, number>>;
  positives: number;
  candidates: number;
}

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** The course sentences' terms, numbered: a dense pair table counts half a million pairs in ms. */
const sentenceTermIds = new Map<string, number>();
for (const s of courseSentences)
  for (const t of s.terms)
    if (!sentenceTermIds.has(t)) sentenceTermIds.set(t, sentenceTermIds.size);
const termIdsByKey = new Map(
  courseSentences.map((s) => [s.key, s.terms.map((t) => sentenceTermIds.get(t)!)]),
);
const candidatesIn = (lesson: string) => sentencesByLesson.get(lesson) ?? [];

function numberQuestionTerms(questions: readonly (readonly string[])[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const q of questions) for (const t of q) if (!ids.has(t)) ids.set(t, ids.size);
  return ids;
}

function count(examples: readonly SentenceExample[]): Counts {
  const questions = examples.map((e) => [...new Set(terms(e.question))]);
  const questionTerms = numberQuestionTerms(questions);
  const width = sentenceTermIds.size;
  const c: Counts = {
    sentencePositive: new Map(),
    sentenceCandidate: new Map(),
    questionTerms,
    pairPositive: new Uint32Array(questionTerms.size * width),
    termLessons: new Map(),
    positives: 0,
    candidates: 0,
  };
  examples.forEach((e, i) => {
    const lessons = [...new Set(e.lessons)];
    for (const l of lessons) for (const s of candidatesIn(l)) bump(c.sentenceCandidate, s.key);
    for (const key of e.positives) bump(c.sentencePositive, key);
    c.positives += e.positives.length;
    c.candidates += lessons.reduce((n, l) => n + candidatesIn(l).length, 0);
    const positiveTerms = e.positives.flatMap((key) => termIdsByKey.get(key) ?? []);
    for (const q of questions[i] ?? []) {
      const lessonsSeen = c.termLessons.get(q) ?? new Map<string, number>();
      for (const l of lessons) bump(lessonsSeen, l);
      c.termLessons.set(q, lessonsSeen);
      const row = questionTerms.get(q)! * width;
      for (const t of positiveTerms) c.pairPositive[row + t]! += 1;
    }
  });
  return c;
}

/** How many sentences of each lesson use each term: a pair's candidates, counted by lesson. */
const lessonTermCounts: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  [...sentencesByLesson].map(([lesson, sentences]) => {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const t of s.terms) bump(counts, t);
    return [lesson, counts] as const;
  }),
);

const lift = (positive: number, candidate: number, base: number, smoothing: number) =>
  Math.log((positive + smoothing * base) / ((candidate + smoothing) * base));

export function trainSentenceRanker(examples: readonly SentenceExample[]): SentenceRanker {
  const c = count(examples);
  const base = c.candidates > 0 ? c.positives / c.candidates : 0.05;
  const width = sentenceTermIds.size;
  // Worked out when first asked: most pairs are never looked at.
  const pairLifts = new Map<number, number>();
  const pairLift = (q: string, row: number, t: string, column: number): number => {
    const known = pairLifts.get(row + column);
    if (known !== undefined) return known;
    let candidate = 0;
    for (const [lesson, n] of c.termLessons.get(q) ?? [])
      candidate += n * (lessonTermCounts.get(lesson)?.get(t) ?? 0);
    const value = lift(c.pairPositive[row + column]!, candidate, base, PAIR_SMOOTHING);
    pairLifts.set(row + column, value);
    return value;
  };
  return (query, key, sentenceTerms) => {
    const own = lift(
      c.sentencePositive.get(key) ?? 0,
      c.sentenceCandidate.get(key) ?? 0,
      base,
      SENTENCE_SMOOTHING,
    );
    const rows = [...query].flatMap((q) => {
      const id = c.questionTerms.get(q);
      return id === undefined ? [] : [[q, id * width] as const];
    });
    let pairs = 0;
    for (const t of sentenceTerms) {
      const column = sentenceTermIds.get(t);
      if (column === undefined) continue;
      for (const [q, row] of rows) pairs += pairLift(q, row, t, column);
    }
    const size = Math.sqrt(Math.max(1, rows.length * sentenceTerms.length));
    return own + pairs / size;
  };
}

/** The ranker trained on the shipped examples (`npm run tutor:examples` rewrites them). */
export const sentenceRanker: SentenceRanker = trainSentenceRanker(examples);
