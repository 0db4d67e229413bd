/**
 * A string of keywords is not an explanation, however many rubric words it holds ("jacobian
 * vanishing product per-step factors below 1 long-range weights"). Written explanations,
 * even terse or broken ones, join their content words with function words; a run of eight or
 * more words with almost none of them is a list. Relations written as symbols (=, →, ≈) are
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

export function isKeywordSalad(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  const relations = text.match(/[=→⇒≈<>≤≥]/gu)?.length ?? 0;
  const glue = words.filter((w) => FUNCTION_WORDS.has(w)).length + relations;
  return glue / words.length < MAX_SHARE;
}
