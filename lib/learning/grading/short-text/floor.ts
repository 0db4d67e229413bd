/**
 * The floor under the rubric: answers that name ideas without stating any relation between
 * them earn nothing. The prompt restated, a comma list of keywords, keywords joined by + or =,
 * and a run of content words with almost no function words are all caught before the rubric
 * is read.
 */
import { normaliseAnswer } from "../statements";

export const words = (text: string) => text.match(/[\p{L}\p{N}_']+/gu) ?? [];

/** Most of its words come from the prompt: the question restated, not answered. */
export function echoesPrompt(text: string, prompt: string): boolean {
  const own = words(text).filter((w) => w.length > 2);
  if (own.length < 4) return false;
  const asked = new Set(words(normaliseAnswer(prompt)));
  return own.filter((w) => asked.has(w)).length / own.length >= 0.8;
}

const VERBISH =
  /\b(?:is|are|was|were|be|been|gets?|got|becomes?|stays?|keeps?|has|have|goes|means|makes?|multipl\w*|shrinks?|vanishes|decays|survives?|flows|passes|learns?|added|because|so|since|therefore)\b|[=→⇒]|->|=>/;

/** Three or more short fragments and no verb: keywords, not an explanation. */
export function keywordList(text: string): boolean {
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
export function keywordFormula(text: string): boolean {
  const body = text.replace(/^(?:because|since|cause|bc)\b/, "").replace(/[.!?]+$/, "");
  const parts = body.split(/[+=]/).map((f) => f.trim());
  return (
    parts.length >= 2 &&
    words(body).length <= 6 &&
    parts.every((f) => /^[\p{L}\p{N} ]+$/u.test(f) && words(f).length <= 2)
  );
}

/**
 * A string of keywords is not an explanation, however many rubric words it holds ("jacobian
 * vanishing product per-step factors below 1 long-range weights"). Written explanations,
 * even terse or broken ones, join their content words with function words; a run of eight or
 * more words with almost none of them is a list, and so is a run of four or more with none. Relations written as symbols (=, →, ≈) are
 * glue too: "dc_t/dc_{t-1} = f_t → f_t near 1" is a terse derivation, not a list.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the is are was were be been being am it its it's this that these those there " +
    "of to in on at by for from with into onto through than then so because since as if " +
    "and or but not no nor never does do did doesn't don't has have had can cannot can't " +
    "will would could should may might must which who whose what when where why how " +
    "each every all any some only just very get gets got stays keeps make makes goes " +
    "you we they he she i one me us them their our your his her"
  ).split(" "),
);
const MIN_WORDS = 8;
const MAX_SHARE = 0.12;
/** Shorter strings are a list only when they hold no function word or relation at all. */
const MIN_BARE_WORDS = 4;

export function isKeywordSalad(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_BARE_WORDS) return false;
  const relations = text.match(/[=→⇒≈<>≤≥]/gu)?.length ?? 0;
  const glue = words.filter((w, i) => FUNCTION_WORDS.has(w) && !isNumeral(words, i)).length;
  return glueShare(words.length, glue + relations);
}

/** "one" in "smaller than one" is a number inside a keyword, not a word joining others. */
const isNumeral = (list: readonly string[], i: number) =>
  list[i] === "one" && /^(?:than|below|under|above|over|by|of|to|at)$/.test(list[i - 1] ?? "");

function glueShare(count: number, glue: number): boolean {
  if (count < MIN_WORDS) return glue === 0;
  return glue / count < MAX_SHARE;
}
