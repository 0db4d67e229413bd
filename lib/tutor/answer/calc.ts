/**
 * The calculations the course names, on the learner's own numbers, with the working shown:
 * clip a vector by norm at a threshold, the cell path's σ(b)^T, a constant factor's s^T, a
 * product of per-step factors, and how many one-step Jacobians lie between two steps. Numbers
 * come from lib/sim's own functions so the tutor and the plots agree.
 */
import { clipByNorm, formatCaptionNumber, sigmoid } from "@/lib/sim";
import { findNumbers } from "../numbers";
import { boundCalculation } from "./calc-bounds";
import { scalarBptt } from "./calc-bptt";
import { cellPowerOverT } from "./calc-cell-symbolic";
import { powerBase } from "./calc-digits";
import { powerText } from "./calc-power";
import { formulaCalculation } from "./calc-formulas";
import { normaliseCalc, originalSpan } from "./calc-normalise";
import { jacobianCountBySteps } from "./calc-count";
import { listedProduct } from "./calc-list";
import { parameterCount } from "./calc-params";
import { recurrencePower, roleFactorPower } from "./calc-recurrence";
import { slopeMaximum } from "./calc-slope-max";
import { slopeTimesWeight } from "./calc-slope-weight";
import { factorOf } from "./calc-roles";
import { stepCalculation } from "./calc-steps";
import { symbolSpan, withSymbolValues } from "./calc-symbols";
import { lengthOf, unitCalculation } from "./calc-units";
import type { Calculation } from "./calculation";

export type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const EXPLODING = "how-lstm-handles-exploding-gradients";
const CELL = "why-lstm-solves-vanishing-gradients";
const BPTT = "bptt-basics";

const NUM = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?`;
const VECTOR = new RegExp(String.raw`[([]\s*(${NUM}(?:\s*[,;]\s*${NUM})+)\s*[)\]]`, "i");
const toNumber = (s: string) => Number(s.replace("−", "-"));

function clip(message: string): Calculation | undefined {
  if (!/\bclip|\bthreshold\b|\btheta\b|θ|max[- ]norm/i.test(message)) return undefined;
  const v = VECTOR.exec(message);
  if (!v) return undefined;
  const g = (v[1] ?? "").split(/[,;]/).map((x) => toNumber(x.trim()));
  const rest =
    message.slice(0, v.index) + " ".repeat(v[0].length) + message.slice(v.index + v[0].length);
  // The last threshold named is the one asked about ("clipped at θ = 2 … double θ to 4").
  const named = [
    ...rest.matchAll(
      /(?:\bat|\bto|threshold(?:\s+(?:of|is|were|was|be|at|to))?|theta|θ|max[- ]norm(?: of)?)\s*=?\s*(\d+(?:\.\d+)?)/gi,
    ),
  ];
  const last = named.at(-1);
  const first = findNumbers(rest)[0];
  const t = last?.[1] ?? first?.raw;
  const threshold = t === undefined ? NaN : Number(t);
  // "and 2?" after "clip (6, 8) at 5": the threshold is what a bare new number replaces.
  const start = last?.[1] ? last.index + last[0].lastIndexOf(last[1]) : first?.start;
  const vary: [number, number] | undefined =
    start === undefined || t === undefined ? undefined : [start, start + t.length];
  if (!(threshold > 0) || g.some((x) => !Number.isFinite(x))) return undefined;
  const r = clipByNorm(g, threshold);
  const squares = g.map((x) => `${f(x)}^2`).join(" + ");
  const vec = (xs: ArrayLike<number>) => `(${Array.from(xs, (x) => f(x)).join(", ")})`;
  const norm = `$\\|g\\| = \\sqrt{${squares}} = ${f(r.norm)}$`;
  const text = r.wasClipped
    ? `Clipped at θ = ${f(threshold)}, $g = ${vec(g)}$ becomes **${vec(r.clipped)}**. Working: ${norm}, which is at least θ, so the whole vector is multiplied by θ/‖g‖ = ${f(threshold)}/${f(r.norm)} = ${f(r.scale)}. Its length is now ${f(threshold)} and its direction is unchanged.`
    : `Not clipped: $g = ${vec(g)}$ stays **${vec(g)}**, unchanged at θ = ${f(threshold)}. Working: ${norm}, which is below θ, so the rule leaves it alone (it only rescales a gradient whose norm reaches the threshold).`;
  return { text, lessonId: EXPLODING, ...(vary ? { vary } : {}) };
}

const ASKS_RESULT =
  /\bhow much\b|\bwhat\b[^?]*\bleaves?\b|\bwhat(?:'s| is)? left\b|\bsurviv|\bremain|\bcompute\b|\bcalculate\b|\bwork out\b|=\s*\?|\bwhat (?:is|'s|does)\b[^?]*\^|\bhow (?:big|small|large)\b|\bwhat(?:'s| is)\b[^?]*(?:\||∂|\bd[chx]_?\{?[tT\d])|\b(?:fraction|share)\b|\bwhat(?:'s| is) (?:the )?(?:product|result|total|value)\b|\bwhat(?:'s| is| does| would)\s+(?:it|the gradient|that)\s+(?:be(?:come)?\s+|becomes?\s+|come to\s+)?(?:after|over|across)\b/i;

/**
 * "forget bias 2", "forget-gate bias b = 2", "b_f = 2", "the bias of the forget gate is 2", "a
 * forget gate with bias 2": the bias and where it sits.
 */
const FORGET_BIAS =
  /(?:\bforget[- ]?(?:gate[- ]?)?bias(?:es)?(?:\s+b_?\{?f?\}?)?|\bb_?\{?f\}?|\bbias(?:es)? (?:of|on|for) (?:the |its |each )?forget[- ]gates?|\bforget[- ]gates? (?:with|having) (?:a )?bias(?: of)?)\s*(?:of|is|=|at|to|:)?\s*([-+−]?\d+(?:\.\d+)?)/i;

const GATE_AT_SIGMA =
  /\b(?:forget[- ]gates?|gates?|f_?t?)\b[^.?;]{0,20}?(?:σ|sigma|sigmoid)\s*\(\s*([-+−]?\d+(?:\.\d+)?)\s*\)/i;

function sigmaPower(message: string): Calculation | undefined {
  const explicit = /(?:σ|sigma|sigmoid)\s*\(\s*([-+−]?\d+(?:\.\d+)?)\s*\)\s*\^\s*\{?\s*(\d+)/i.exec(
    message,
  );
  let b: number | undefined;
  let T: number | undefined;
  let vary: [number, number] | undefined;
  if (explicit) [b, T] = [toNumber(explicit[1] ?? ""), Number(explicit[2])];
  else if (ASKS_RESULT.test(message) && !/\bgrus?\b|update[- ]gate/i.test(message)) {
    // "forget gates at σ(2)": the gate's value written as the sigmoid of its bias.
    const bias = FORGET_BIAS.exec(message) ?? GATE_AT_SIGMA.exec(message);
    if (!bias?.[1]) return undefined;
    b = toNumber(bias[1]);
    T = lengthOf(message);
    const start = bias.index + bias[0].lastIndexOf(bias[1]);
    vary = [start, start + bias[1].length];
  }
  if (b === undefined || T === undefined || !Number.isFinite(b) || !Number.isFinite(T) || T < 1)
    return undefined;
  const s = sigmoid(b);
  const v = s ** T;
  const verdict = v < 1e-3 ? " The gradient along the cell vanishes." : "";
  return {
    text: `About **${f(v)}** of the gradient survives along the cell path: with forget bias ${f(b)} and the input weights at zero each forget gate is $\\sigma(${f(b)}) = 1/(1+e^{${f(-b)}}) = ${powerBase(s, T)}$, and going back ${T} steps multiplies ${T} of them: $${powerBase(s, T)}^{${T}} = ${f(v)}$.${verdict}`,
    lessonId: CELL,
    ...(vary ? { vary } : {}),
  };
}

/**
 * A constant per-step factor however it is said: "a factor of 0.9", "0.9 per step", "each step
 * scales the gradient by 0.8", "multiplied by 0.95 at every step", "shrinks by 0.7 each step".
 */
const FACTOR_WORDS: readonly RegExp[] = [
  /\bfactor(?: of| is)?\s*(\d*\.?\d+)/i,
  /\b(?:jacobians?|factors?|steps?)\b[^.?;]*?\bnorms?(?: of| is| =|=)?\s*(\d*\.?\d+)/i,
  /(\d*\.?\d+)\s*(?:per step|each step|every step|a step|at each step|at every step)\b/i,
  /\b(?:each|every|per) (?:time ?)?step\b[^.?;]*?\b(?:multipl\w*|scal\w*|shrink\w*|grow\w*|times)\s*(?:it|the gradient|the signal|the error)?\s*(?:by)?\s*(?:a factor of)?\s*(\d*\.?\d+)/i,
  /\b(?:multipl\w*|scal\w*|shrink\w*|grow\w*)\s*(?:it|the gradient|the signal|the error)?\s*by\s*(?:a factor of)?\s*(\d*\.?\d+)\s*(?:at |on )?(?:each|every|per|a) (?:time ?)?step/i,
];

function power(message: string): Calculation | undefined {
  const explicit = /(?<![\w.(])(\d*\.?\d+)\s*\^\s*\{?\s*(\d+)\b/.exec(message);
  let s: number | undefined;
  let T: number | undefined;
  if (explicit) [s, T] = [Number(explicit[1]), Number(explicit[2])];
  else if (ASKS_RESULT.test(message)) {
    const worded = FACTOR_WORDS.map((re) => re.exec(message)?.[1]).find((x) => x !== undefined);
    const factor = worded === undefined ? factorOf(message) : Number(worded);
    const steps = lengthOf(message);
    if (Number.isFinite(factor) && Number.isFinite(steps)) [s, T] = [factor, steps];
  }
  if (s === undefined || T === undefined || !Number.isFinite(s) || !Number.isFinite(T))
    return undefined;
  return { text: powerText(s, T), lessonId: BPTT };
}

/** "0.9, 0.8, 1.1, 0.7, 1.2": a list of at least three numbers, as written. */
const LIST = new RegExp(String.raw`${NUM}(?:\s*(?:,|;|×|\*|\band\b)\s*${NUM}){2,}`, "i");
/** "the total factor", "the overall product": a list of per-step factors to be multiplied. */
const COMBINED =
  /\b(?:total|overall|combined|net|cumulative|altogether|all together|end[- ]to[- ]end|together)\b/i;

const PER_STEP_NOUN =
  /\b(?:factors?|(?:forget )?gates?|jacobians?|(?:jacobian )?norms|derivatives)\b/i;
/** "|dc_4/dc_0|", "dh_5/dh_1": the gradient from one step back to another. */
const ACROSS = /d[hc]_?\{?\d+\}?\s*\/\s*d[hc]_?\{?\d+/i;

function product(message: string): Calculation | undefined {
  const asked = /\b(?:multiply|product|multiplied)\b/i.test(message);
  const list = LIST.exec(message);
  // "Forget gates were 0.9, 0.8, 0.95 and 0.99 on four steps: what's |dc_4/dc_0|?": per-step
  // factors listed, and the gradient across them asked for.
  const combined =
    list && PER_STEP_NOUN.test(message) && (COMBINED.test(message) || ACROSS.test(message));
  if (!asked && !combined) return undefined;
  // "How many Jacobians are multiplied from h_80 to h_30?" counts factors; it does not multiply
  // the step numbers.
  if (/\bhow many\b/i.test(message)) return undefined;
  // Asked for a combined factor, only the written list is multiplied ("over five steps are …").
  // A count of steps is how many factors there are, never a factor ("multiplied by 0.95 at
  // every step, over 100 steps" is a power).
  const source = (asked ? message : (list?.[0] ?? "")).replace(
    /\b\d+\s*(?:time ?)?steps?\b|\bT\s*=\s*\d+/gi,
    " ",
  );
  const nums = findNumbers(source.replace(/,\s+/g, " ; ")).map((n) => n.value);
  if (nums.length < 2 || nums.length > 50) return undefined;
  const v = nums.reduce((a, b) => a * b, 1);
  return {
    text: `The product is **${f(v)}**: ${nums.map(f).join(" × ")} = ${f(v)}. Backpropagation through time multiplies one such factor per step, which is why a run of factors below 1 vanishes and a run above 1 explodes.`,
    lessonId: BPTT,
  };
}

/** The calculation the message asks for, computed, or undefined when it asks for none. */
/**
 * Results already worked out: one turn asks about the same message from several places (the
 * decision, the calculation thread, a scaled follow-up), and reading it is the costly part. Kept
 * small on purpose: it serves the turn in progress, not messages repeated across turns (which
 * would only flatter bench:tutor, whose passes repeat every message).
 */
const calculatedFor = new Map<string, Calculation | undefined>();
const MAX_CACHED = 16;

export function calculate(raw: string): Calculation | undefined {
  if (calculatedFor.has(raw)) return calculatedFor.get(raw);
  const result = calculateOnce(raw);
  if (calculatedFor.size >= MAX_CACHED) calculatedFor.clear();
  calculatedFor.set(raw, result);
  return result;
}

function calculateOnce(raw: string): Calculation | undefined {
  // Numbers, vectors and lengths are read once into one form ("zero point nine", "6i + 8j",
  // "10^-3", "t of 50"), so every calculator sees them the same way.
  const normal = normaliseCalc(raw);
  // "a·tanh(x) with a = 0.15" is read as "0.15*tanh(x)".
  const message = withSymbolValues(normal.text);
  const calc = calculated(message);
  if (!calc?.vary) return calc;
  // A span into text the symbols were substituted in fits the original only where it was read
  // from the letter's definition ("w = 0.9") or from text before any substitution.
  const at = message === normal.text ? calc.vary : symbolSpan(normal.text, message, calc.vary);
  if (!at) return { text: calc.text, lessonId: calc.lessonId };
  return { ...calc, vary: originalSpan(normal, at) };
}

function calculated(message: string): Calculation | undefined {
  return (
    clip(message) ??
    parameterCount(message) ??
    scalarBptt(message) ??
    boundCalculation(message) ??
    jacobianCountBySteps(message) ??
    slopeTimesWeight(message) ??
    slopeMaximum(message) ??
    unitCalculation(message) ??
    sigmaPower(message) ??
    cellPowerOverT(message) ??
    formulaCalculation(message) ??
    stepCalculation(message) ??
    product(message) ??
    listedProduct(message) ??
    power(message) ??
    // The general forms last: they read roles rather than one sentence shape.
    recurrencePower(message) ??
    roleFactorPower(message)
  );
}
