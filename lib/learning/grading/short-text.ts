/**
 * Short-text answers graded by a rubric of ideas. An idea counts when the answer states it: one
 * of its phrasings, or every part of one of its claims (`together`: concept slots drawn from the
 * rubric's synonym families) close together in one sentence, each occurring without a negation
 * governing it. Misspelt rubric words are read as meant (short-text/typos.ts).
 *
 * Three rules keep a mention from passing for a statement:
 * - an answer that states the opposite of an idea (one of its contradictions) earns nothing:
 *   the mechanism it describes is the wrong one, whatever else it names;
 * - stating a catalogued misconception tags the answer and halves its credit, so it is at most
 *   "partly right", never full credit;
 * - answers that echo the prompt or string keywords together earn nothing: they name ideas
 *   without relating them (short-text/floor.ts).
 */
import type { RubricIdea } from "@/lib/content/schema";
import type { InstanceOf } from "../instantiate";
import { unique, type GradeResult } from "./result";
import { normaliseAnswer, sentences } from "./statements";
import { answerHits, claimSentences, type Hit, type Hits } from "./short-text/match";
import {
  echoesPrompt,
  isKeywordSalad,
  keywordFormula,
  keywordList,
  words,
} from "./short-text/floor";
import { feedbackFor } from "./short-text/feedback";
import { rubricWords, speller, type Speller } from "./short-text/typos";

export { normaliseAnswer } from "./statements";

/** Credit kept when the answer states a misconception. */
export const MISCONCEPTION_FACTOR = 0.5;

type Rubric = InstanceOf<"short-text">["rubric"];

/** Sentences that state the idea (by one pattern, or by all parts of a claim close together). */
function ideaSentences(idea: RubricIdea, hits: Hits): Set<number> {
  const out = new Set<number>();
  for (const p of idea.patterns) for (const h of hits(p)) out.add(h.sentence);
  for (const group of idea.together ?? []) for (const i of claimSentences(group, hits)) out.add(i);
  return out;
}

/** The answer states the opposite of the idea: one of its contradictions. */
const contradicted = (idea: RubricIdea, hits: { stated: Hits }) =>
  (idea.contradictions ?? []).some((p) => hits.stated(p).length > 0);

/**
 * The answer states the idea only under a negation: "the unit is not linear". Only whole
 * phrasings deny; a claim with one negated slot is usually a contrast ("not multiplied by W
 * but by f_t"), which states the idea.
 */
const deniedOnly = (idea: RubricIdea, hits: { stated: Hits; all: Hits }) =>
  ideaSentences(idea, hits.stated).size === 0 &&
  idea.patterns.some((p) => hits.all(p).some((h) => h.negated));

/** The misconceptions the answer states, by catalogue id. */
function statedMisconceptions(rubric: Rubric, hits: Hits): string[] {
  return unique(
    rubric.misconceptionPatterns
      .filter((m) => m.patterns.some((p) => hits(p).length > 0))
      .map((m) => m.misconception),
  );
}

/**
 * An idea's words inside a misconception's statement belong to the wrong story: in "the
 * activations shrink going forward" the shrinking is the forward-pass misconception, not the
 * vanishing gradient. Such matches are not statements of the idea (misconceptions still see them).
 */
function withoutMisconceptions(hits: { stated: Hits; all: Hits }, rubric: Rubric) {
  const wrong = rubric.misconceptionPatterns.flatMap((m) => m.patterns.flatMap(hits.stated));
  const inside = (h: Hit) =>
    wrong.some((w) => w.sentence === h.sentence && w.start <= h.start && h.end <= w.end);
  return {
    all: hits.all,
    stated: hits.stated,
    ideaStated: (p: string) => hits.stated(p).filter((h) => !inside(h)),
  };
}

// Keyed by the ideas array, which every instance of a question shares.
const spellers = new WeakMap<object, Speller>();

/** The rubric's own words, so misspellings of them are read as meant. */
function spellerFor(rubric: Rubric): Speller {
  let s = spellers.get(rubric.ideas);
  if (!s) {
    const sources = [
      ...Object.values(rubric.terms).flat(),
      ...rubric.ideas.flatMap((i) => [...i.patterns, ...(i.together ?? []).flat()]),
      ...rubric.misconceptionPatterns.flatMap((m) => m.patterns),
    ];
    s = speller(rubricWords(sources));
    spellers.set(rubric.ideas, s);
  }
  return s;
}

export function gradeShortText(instance: InstanceOf<"short-text">, raw: string): GradeResult {
  const { rubric } = instance;
  const text = spellerFor(rubric).correct(normaliseAnswer(raw));
  const { ideas } = rubric;
  const missingAll = ideas.map((m) => m.label);
  const nothing = (feedback: string): GradeResult => ({
    correct: false,
    fraction: 0,
    feedback,
    misconceptions: [],
    missingIdeas: missingAll,
  });
  if (words(text).length < 2) return nothing("Write a sentence or two that explains it.");
  if (echoesPrompt(text, instance.prompt))
    return nothing("That restates the question; explain the reason in your own words.");
  if (keywordList(text) || keywordFormula(text) || isKeywordSalad(text))
    return nothing("A list of keywords is not an explanation: say how they are connected.");

  const hits = withoutMisconceptions(answerHits(rubric.terms, sentences(text)), rubric);
  const contradicts = ideas.filter((idea) => contradicted(idea, hits));
  const denies = ideas.filter((idea) => !contradicts.includes(idea) && deniedOnly(idea, hits));
  const found = ideas.filter(
    (idea) =>
      !contradicts.includes(idea) &&
      !denies.includes(idea) &&
      ideaSentences(idea, hits.ideaStated).size > 0,
  );
  const missing = ideas.filter((idea) => !found.includes(idea));
  const misconceptions = statedMisconceptions(rubric, hits.stated);
  const opposed = contradicts.length + denies.length > 0;
  const share = opposed ? 0 : ideas.length === 0 ? 1 : found.length / ideas.length;
  return {
    correct: missing.length === 0 && misconceptions.length === 0,
    fraction: misconceptions.length > 0 ? share * MISCONCEPTION_FACTOR : share,
    feedback: feedbackFor({ ideas, found, contradicts, denies, misconceptions }),
    misconceptions,
    missingIdeas: missing.map((m) => m.label),
  };
}
