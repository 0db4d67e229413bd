/**
 * The retrieval index over the course (minisearch, BM25+), built once when the module loads.
 * Query terms are spelling-corrected against the course's own vocabulary first ("gradiant",
 * "exploading", "carousle"), so fuzzy matching does not have to guess at search time.
 */
import MiniSearch from "minisearch";
import { editDistance } from "./edit-distance";
import { buildPassages, misconceptionDrafts, type Passage, type PassageKind } from "./passages";
import { normalise, term, terms, words } from "./text";
import { titleCoverage } from "./title-match";

export type { Passage } from "./passages";

const coursePassages = buildPassages();
const byId = new Map(coursePassages.map((p) => [p.id, p]));

const index = new MiniSearch<Passage>({
  fields: ["heading", "text", "concepts"],
  storeFields: [],
  tokenize: (text) => words(normalise(text)),
  processTerm: (word) => term(word),
  searchOptions: {
    boost: { heading: 2, concepts: 1.2, text: 1 },
    // Queries arrive as already-processed terms (see search below).
    tokenize: (text) => text.split(" ").filter(Boolean),
    processTerm: (t) => t,
    combineWith: "OR",
  },
});
index.addAll(coursePassages);

/** How many passages use each term: the corrector prefers common spellings. */
const frequency = new Map<string, number>();
for (const p of coursePassages) {
  for (const t of new Set(terms(`${p.heading} ${p.text} ${p.concepts}`))) {
    frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
}
export const vocabulary: ReadonlySet<string> = new Set(frequency.keys());

/** Inverse document frequency of a term over the passages (rare course words weigh more). */
export function idf(t: string): number {
  return Math.log(1 + coursePassages.length / (1 + (frequency.get(t) ?? 0)));
}

/** Corrections already worked out: a turn asks about the same words several times. */
const corrected = new Map<string, string>();
const MAX_CACHED = 5000;

/** A term the course never uses, mapped to the nearest one it does (or kept as is). */
export function correct(t: string): string {
  if (vocabulary.has(t) || t.length < 5 || /\d/.test(t)) return t;
  const known = corrected.get(t);
  if (known !== undefined) return known;
  const result = nearestTerm(t);
  if (corrected.size >= MAX_CACHED) corrected.clear();
  corrected.set(t, result);
  return result;
}

function nearestTerm(t: string): string {
  const max = t.length >= 8 ? 2 : 1;
  let best = t;
  let bestDistance = max + 1;
  let bestFrequency = 0;
  for (const [candidate, freq] of frequency) {
    if (Math.abs(candidate.length - t.length) > max) continue;
    const d = editDistance(t, candidate, max);
    if (d < bestDistance || (d === bestDistance && freq > bestFrequency)) {
      best = candidate;
      bestDistance = d;
      bestFrequency = freq;
    }
  }
  return bestDistance <= max ? best : t;
}

/** The message as corrected search terms. */
export function queryTerms(message: string): string[] {
  return terms(message).map(correct);
}

const KIND_WEIGHT: Record<PassageKind, number> = {
  section: 1,
  summary: 1,
  glossary: 0.9,
  misconception: 0.9,
  explanation: 0.8,
  "source-note": 0.7,
  hints: 0.5,
  scenario: 0.6,
};

export interface Hit {
  passage: Passage;
  score: number;
}

/** The lesson open on screen counts a little more: the learner is reading it. */
export const LESSON_WEIGHT = 1.3;
/**
 * A follow-up ("why?", "of what?") is about the thread's lesson: its passages count more than
 * the open lesson's would, so a word shared with another lesson does not pull the reply away.
 */
export const THREAD_LESSON_WEIGHT = 1.8;

export interface SearchOptions {
  /** Passages of this lesson count a little more (the learner is reading it). */
  lessonId?: string;
  /** How much more that lesson's passages count (default LESSON_WEIGHT). */
  lessonWeight?: number;
  /** Questions whose passages must not be used (the learner's current question). */
  excludeQuestionIds?: readonly string[];
  /** Per-term multipliers (a term missing here counts 1): background terms count less. */
  termWeights?: ReadonlyMap<string, number>;
}

export function search(queryTermsList: readonly string[], options: SearchOptions = {}): Hit[] {
  if (queryTermsList.length === 0) return [];
  const excluded = new Set(options.excludeQuestionIds ?? []);
  const hits: Hit[] = [];
  const weights = options.termWeights;
  const boostTerm = weights ? (t: string) => weights.get(t) ?? 1 : undefined;
  for (const r of index.search(queryTermsList.join(" "), boostTerm ? { boostTerm } : {})) {
    const passage = byId.get(String(r.id));
    if (!passage || (passage.questionId !== undefined && excluded.has(passage.questionId)))
      continue;
    const contextBoost =
      options.lessonId !== undefined && passage.lessonId === options.lessonId
        ? (options.lessonWeight ?? LESSON_WEIGHT)
        : 1;
    hits.push({ passage, score: r.score * KIND_WEIGHT[passage.kind] * contextBoost });
  }
  return hits.sort((a, b) => b.score - a.score);
}

export interface LessonScore {
  lessonId: string;
  title: string;
  score: number;
}

/** How much a question that covers a whole lesson title counts for that lesson. */
const TITLE_BOOST = 0.6;

/**
 * Lessons ranked by their best passage plus half their second best (breadth of support); with
 * the query's terms, a lesson whose title the question covers counts more (titleCoverage).
 */
export function rankLessons(hits: readonly Hit[], query?: readonly string[]): LessonScore[] {
  const asked = new Set(query ?? []);
  const top = new Map<string, { title: string; scores: number[] }>();
  for (const h of hits) {
    const entry = top.get(h.passage.lessonId) ?? { title: h.passage.lessonTitle, scores: [] };
    if (entry.scores.length < 2) entry.scores.push(h.score);
    top.set(h.passage.lessonId, entry);
  }
  return [...top]
    .map(([lessonId, { title, scores }]) => ({
      lessonId,
      title,
      score:
        ((scores[0] ?? 0) + 0.5 * (scores[1] ?? 0)) *
        (1 + TITLE_BOOST * titleCoverage(lessonId, asked, idf)),
    }))
    .sort((a, b) => b.score - a.score);
}

/**
 * A misconception belongs to the lesson whose sections best answer its correction: the lesson
 * that teaches the fix is where the learner should be sent.
 */
const misconceptionPassages: Passage[] = [];
for (const draft of misconceptionDrafts()) {
  // Ranked like a question's lessons (breadth of support, title), over lesson text only.
  const q = queryTerms(`${draft.heading}. ${draft.text}`);
  const lessonText = search(q).filter(
    (h) => h.passage.kind === "section" || h.passage.kind === "summary",
  );
  const home = rankLessons(lessonText, q)[0];
  if (home)
    misconceptionPassages.push({
      ...draft,
      lessonId: home.lessonId,
      lessonTitle: home.title,
    });
}
for (const p of misconceptionPassages) byId.set(p.id, p);
index.addAll(misconceptionPassages);

export const passages: readonly Passage[] = [...coursePassages, ...misconceptionPassages];
