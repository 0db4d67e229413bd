/**
 * Misconceptions a learner states about a calculation they ask for ("the 0.5 stays 0.5, only the
 * 10 gets clipped", "so dx_T/dw is also 36.4"): the calculator's answer shows the right result,
 * and the reply says which belief it corrects. Only read when a calculation was recognised, so
 * the calculation itself says what "stays" or "also" is about.
 */
const CLIP = /\bclip/i;
/** A component below θ "stays": the rule was not applied to it. */
const KEPT_ENTRY =
  /\b(?:stays?|unchanged|untouched|remains?|is kept|keeps? its value|already (?:under|below|less than|smaller than))\b/i;
/** Each entry capped at θ on its own: value clipping, not norm clipping. */
const PER_ENTRY =
  /\bonly the [-+]?\d[\d.]*\b[^.?!]*\bclipped\b|\b(?:each|every|per) (?:entry|component|coordinate|element)\b/i;
const SAME_AS_VALUE =
  /\b(?:gradient|derivative|d\s*x\w*(?:\{\w+\})?\s*\/\s*dw)\b(?:[^.?!]|(?<=\d)\.(?=\d))*?\b(?:is also|also|is the same|the same as|equals?|equal to|too)\b/i;

export function calculationClaims(message: string): string[] {
  const found: string[] = [];
  if (CLIP.test(message) && KEPT_ENTRY.test(message)) found.push("clipping-not-applied");
  if (CLIP.test(message) && PER_ENTRY.test(message)) found.push("clipping-is-elementwise");
  if (SAME_AS_VALUE.test(message)) found.push("derivative-is-value");
  return found;
}
