/**
 * Short-text answers graded by a rubric of ideas. An idea counts when the answer states it:
 * one of its phrasings (or all parts of a `together` group in one sentence) occurs without a
 * negation governing it, and none of its contradictions is stated. Stating a catalogued
 * misconception tags the answer and halves its credit, so it is never full credit. Answers
 * that only echo the prompt or list keywords earn nothing: they mention ideas without stating
 * any relation between them.
 */
import type { RubricIdea } from "@/lib/content/schema";
import type { InstanceOf } from "../instantiate";
import { corrections, unique, type GradeResult } from "./result";
import { normaliseAnswer, sentences } from "./statements";
import { claimSentences, hitsOf } from "./short-text/match";
import { isKeywordSalad } from "./short-text/salad";
import { rubricWords, speller, type Speller } from "./short-text/typos";

export { normaliseAnswer } from "./statements";

/** Credit kept when the answer states a misconception. */
export const MISCONCEPTION_FACTOR = 0.5;

type Rubric = InstanceOf<"short-text">["rubric"];

const words = (text: string) => text.match(/[\p{L}\p{N}_']+/gu) ?? [];

/** Most of its words come from the prompt: the question restated, not answered. */
function echoesPrompt(text: string, prompt: string): boolean {
  const own = words(text).filter((w) => w.length > 2);
  if (own.length < 4) return false;
  const asked = new Set(words(normaliseAnswer(prompt)));
  return own.filter((w) => asked.has(w)).length / own.length >= 0.8;
}

const VERBISH =
  /\b(?:is|are|was|were|be|been|gets?|got|becomes?|stays?|keeps?|has|have|goes|means|makes?|multipl\w*|shrinks?|vanishes|decays|survives?|flows|passes|learns?|added|because|so|since|therefore)\b|[=→⇒]|->|=>/;

/** Three or more short fragments and no verb: keywords, not an explanation. */
function keywordList(text: string): boolean {
  const fragments = text
    .split(/[,;]|\.(?!\d)/)
    .map((f) => f.trim())
    .filter(Boolean);
  return (
    fragments.length >= 3 &&
    fragments.every((f) => words(f).length <= 3) &&
    !fragments.some((f) => VERBISH.test(f))
  );
}

/**
 * Bare words joined by + or = ("Because carousel + 1.", "Jacobian + 49 = vanish"): a formula
 * of keywords, which names ideas without relating them. Real formulas (dc_t/dc_{t-1} = f_t)
 * carry symbols and are left to the rubric.
 */
function keywordFormula(text: string): boolean {
  const body = text.replace(/^(?:because|since|cause|bc)\b/, "").replace(/[.!?]+$/, "");
  const parts = body.split(/[+=]/).map((f) => f.trim());
  return (
    parts.length >= 2 &&
    words(body).length <= 6 &&
    parts.every((f) => /^[\p{L}\p{N} ]+$/u.test(f) && words(f).length <= 2)
  );
}

/** Sentences that state the idea (by one pattern, or by all parts of a claim close together). */
function ideaSentences(idea: RubricIdea, rubric: Rubric, list: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const p of idea.patterns) for (const h of hitsOf(p, rubric.terms, list)) out.add(h.sentence);
  for (const group of idea.together ?? [])
    for (const i of claimSentences(group, rubric.terms, list)) out.add(i);
  return out;
}

function contradicted(idea: RubricIdea, rubric: Rubric, list: readonly string[]): boolean {
  return (idea.contradictions ?? []).some((p) => hitsOf(p, rubric.terms, list).length > 0);
}

/** The misconceptions the answer states, by catalogue id. */
function statedMisconceptions(rubric: Rubric, list: readonly string[]): string[] {
  return unique(
    rubric.misconceptionPatterns
      .filter((m) => m.patterns.some((p) => hitsOf(p, rubric.terms, list).length > 0))
      .map((m) => m.misconception),
  );
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

  const list = sentences(text);
  const found = ideas.filter(
    (idea) => !contradicted(idea, rubric, list) && ideaSentences(idea, rubric, list).size > 0,
  );
  const missing = ideas.filter((idea) => !found.includes(idea));
  const denied = missing.filter((idea) => contradicted(idea, rubric, list));
  const misconceptions = statedMisconceptions(rubric, list);
  const share = ideas.length === 0 ? 1 : found.length / ideas.length;
  const fraction = misconceptions.length > 0 ? share * MISCONCEPTION_FACTOR : share;
  const correct = missing.length === 0 && misconceptions.length === 0;
  const parts = [
    missing.length === 0
      ? `All ${ideas.length} key ideas are stated.`
      : `You stated ${found.length} of ${ideas.length} key ideas. Missing: ${missing.map((m) => m.label).join("; ")}.`,
  ];
  if (denied.length > 0)
    parts.push(`Your answer contradicts: ${denied.map((m) => m.label).join("; ")}.`);
  if (misconceptions.length > 0)
    parts.push(
      `It also states a misconception, which halves the credit. ${corrections(misconceptions)}`,
    );
  return {
    correct,
    fraction,
    feedback: parts.join(" "),
    misconceptions,
    missingIdeas: missing.map((m) => m.label),
  };
}
