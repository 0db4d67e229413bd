/**
 * The learner's own result of a calculation, checked: "I computed the clipped gradient of (3, 4)
 * at θ = 2 as (1.2, 1.6)", "cell grad after 50 steps is like 1.6e-7 right?", then "right?".
 * The calculator works it out; the reply says first whether the learner's number agrees.
 */
import { calculate, type Calculation } from "../answer/calc";
import { findNumbers, type NumberMention } from "../numbers";

/** "I computed … as", "I got", "my answer is": the learner reports a result they worked out. */
const OWN_RESULT =
  /\b(?:i|we)\s+(?:(?:have|'ve)\s+)?(?:computed|calculated|worked(?: it)? out|got|get|make it|made it|reckon|figured)\b|\bmy (?:answer|result|working)\b/i;
/** A result said with a tag asking whether it holds: "…, right?", "… correct?", "… yes?". */
const TAGGED = /(?:,\s*|\s)(?:right|correct|yes|no|isn'?t it|true|ok)\s*\?+\s*$/i;
/** Where a stated result starts: "as", "=", "is like", "comes to", "gives", "keeps". */
const MARKER =
  /(?:\bas|\bgot|\bget|=|≈|~|\bis(?: about| around| like| roughly)?|\bcomes? (?:out )?(?:to|at|as)|\bgives?|\bkeeps?|\bleaves?|\bequals?)\s*(?:like\s+|about\s+|around\s+|roughly\s+|approx(?:imately)?\s+|~\s*)?(?=[([]?\s*[-+−]?\.?\d)/gi;
/** "right?", "is that correct?", "did I get it right?": asking whether the last claim holds. */
const ASKS_IF_RIGHT =
  /^(?:(?:so|and|but|ok(?:ay)?)[,\s]+)?(?:(?:is|was)\s+(?:that|this|it|i)\s+|am i\s+|did i get (?:it|that|this)\s+|have i got (?:it|that)\s+)?(?:right|correct|true|ok)\s*\?*\s*$/i;

/** The numbers the learner gives as the result: a vector or one number, after the last marker. */
export function claimedResult(message: string): number[] | undefined {
  if (!OWN_RESULT.test(message) && !TAGGED.test(message)) return undefined;
  const marker = [...message.matchAll(MARKER)].at(-1);
  if (!marker) return undefined;
  const from = marker.index + marker[0].length;
  const rest = message.slice(from);
  const vector = /^\s*[([]([^)\]]*)[)\]]/.exec(rest);
  const said = findNumbers(vector ? spacedVectors(vector[0]) : rest).slice(
    0,
    vector ? undefined : 1,
  );
  // A number already given before it is a premise ("f ≈ 0.731, …, right?"), not the result.
  const before = findNumbers(message.slice(0, marker.index));
  if (said.length === 0 || said.every((n) => before.some((b) => b.value === n.value)))
    return undefined;
  return said.map((n) => n.value);
}

/** The claim agrees when it rounds the result: 0.0052 for 0.00515, 1.6e-7 for 1.57e-7. */
function agrees(claimed: number[], result: NumberMention[]): boolean {
  if (claimed.length !== result.length) return false;
  return claimed.every((c, i) => {
    const r = result[i]?.value ?? NaN;
    return Math.abs(c - r) <= Math.max(Math.abs(r) * 0.01, halfLastDigit(c)) + 1e-15;
  });
}

/** Half a unit of the last digit the learner wrote: what rounding to that digit allows. */
function halfLastDigit(x: number): number {
  if (x === 0) return 0;
  const [mantissa = "", exponent = "0"] = Math.abs(x).toExponential().split("e");
  const decimals = (mantissa.split(".")[1] ?? "").length;
  return 0.5 * 10 ** (Number(exponent) - decimals);
}

/** The result the calculation's text gives in bold: "(1.2, 1.6)", "1.57e-7". */
function resultOf(calc: Calculation): NumberMention[] {
  return findNumbers(/\*\*([^*]+)\*\*/.exec(calc.text)?.[1] ?? "");
}

/**
 * The calculation read every number the learner gave it: "1.1^50 * 0.5 ≈ 58.7" read as 1.1^50
 * alone would be a verdict on a different calculation. 0 and 1 are left out: they stand in
 * subscripts ("h_0") and in the working's own words ("below 1").
 */
function readsAll(calc: Calculation, message: string, claimed: number[]): boolean {
  const working = findNumbers(calc.text).map((n) => n.value);
  const given = findNumbers(spacedVectors(message))
    .map((n) => n.value)
    .filter((v) => v !== 0 && v !== 1 && !claimed.includes(v));
  return given.every((v) => working.some((w) => Math.abs(w - v) <= Math.abs(v) * 1e-9));
}

/** "(3,4)" is the vector (3, 4), as the calculators read it, not the decimal 3,4. */
const spacedVectors = (text: string) =>
  text.replace(/[([][^)\]]*[)\]]/g, (v) => v.replace(/,\s*/g, ", "));

/** The verdict's words when the learner's stated result is right. */
export const RIGHT_RESULT = "Yes, that's right.";

/** The calculation with its verdict on the learner's result first, when they stated one. */
export function withVerdict(calc: Calculation, message: string): Calculation {
  const claimed = claimedResult(message);
  const result = resultOf(calc);
  if (!claimed || result.length === 0 || !readsAll(calc, message, claimed)) return calc;
  const shown = result.map((n) => n.raw).join(", ");
  const lead = agrees(claimed, result)
    ? RIGHT_RESULT
    : `Not quite: it comes out at ${result.length > 1 ? `(${shown})` : shown}, not ${claimed.length > 1 ? `(${claimed.join(", ")})` : claimed[0]}.`;
  return { ...calc, text: `${lead} ${calc.text}` };
}

/**
 * "I got 0.0052 for 0.9^50": the learner's own result is checked by doing the calculation, and
 * "right?" after such a claim checks it again.
 */
export function checkedClaim(message: string, asked: string | undefined) {
  const own = OWN_RESULT.test(message) ? message : undefined;
  const claim = own ?? (asked && ASKS_IF_RIGHT.test(message.trim()) ? asked : undefined);
  const claimed = claim ? claimedResult(claim) : undefined;
  const calc = claim && claimed ? calculate(claim) : undefined;
  return calc && claim && claimed && readsAll(calc, claim, claimed)
    ? { calc, message: claim }
    : undefined;
}
