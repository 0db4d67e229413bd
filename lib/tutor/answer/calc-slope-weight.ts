/**
 * One step of a scalar RNN's backward pass, tanh'(a_t)·w: the activation's slope (computed at a
 * point, "tanh'(0.5)", or given, "tanh' = 0.6") times the recurrent weight, and over T steps that
 * factor to the T-th power. Slopes come from lib/sim's activations, so the tutor and the plots
 * agree.
 */
import { ACTIVATIONS, formatCaptionNumber, type ActivationName } from "@/lib/sim";
import { powerBase } from "./calc-digits";
import { FN, fnName, N, NUM, num, rx } from "./calc-read";
import { lengthOrSpan } from "./calc-recurrence";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

const PRIME = String.raw`\s*(?:['′’]|\s+prime\b)`;
/** "tanh'(0.5)", "σ′(2)": the slope at a point. */
const SLOPE_AT = String.raw`${FN}${PRIME}\s*\(\s*${N}\s*\)`;
/** "tanh' = 0.6", "tanh'(a) = 0.6", "tanh prime is 0.5": the slope given. */
const SLOPE_GIVEN = String.raw`${FN}${PRIME}(?:\s*\(\s*[a-z][\w{}]*\s*\))?\s*(?:=|is|of|≈|at)\s*${N}`;
/** "w = 1.5", "weight 1.2", "times 0.9", "* 2": the recurrent weight it multiplies. */
const WEIGHT = String.raw`(?:\b(?:w(?:_?\{?hh\}?)?|(?:recurrent\s+)?weight)\s*(?:=|is|of|:)?\s*${N}|(?:\btimes\b|\*|×)\s*(?:w\s*=\s*)?${N})`;

/** The activation as TeX writes it. */
const TEX_NAME: Record<ActivationName, string> = {
  tanh: "\\tanh",
  sigmoid: "\\sigma",
  relu: "\\mathrm{relu}",
  linear: "\\mathrm{id}",
};

interface Slope {
  value: number;
  /** The largest the slope can be (γ), which bounds the factor by γ·|w|. */
  gamma: number;
  working: string;
}

function slopeOf(m: string): Slope | undefined {
  const at = rx(SLOPE_AT).exec(m);
  if (at) {
    const name = fnName(at[1] ?? "");
    const x = num(at[2]);
    const a = ACTIVATIONS[name];
    const d = a.der(a.output(x));
    return { value: d, gamma: a.gamma, working: `${TEX_NAME[name]}'(${f(x)})` };
  }
  const given = rx(SLOPE_GIVEN).exec(m);
  if (!given) return undefined;
  const name = fnName(given[1] ?? "");
  const d = num(given[2]);
  const gamma = ACTIVATIONS[name].gamma;
  return d >= 0 ? { value: d, gamma, working: `${TEX_NAME[name]}'` } : undefined;
}

/** "a_t = 0.5, 1.0 and 0.2", "pre-activations 0.3, 0.8, 1.5": one pre-activation per step. */
const PRE_ACTIVATIONS = String.raw`(?:\ba(?:_?\{?t\}?)?(?:'?s)?|\bpre-?activations?)\s*(?:=|:|are|were|of)?\s*(${NUM}(?:\s*(?:,\s*and|,|;|\band\b)\s*${NUM})+)`;
/** The slope written as a function of the step's pre-activation: "tanh'(a_t)", "σ'(a)". */
const SLOPE_OF_A = String.raw`${FN}${PRIME}\s*\(\s*a(?:_?\{?t\}?)?\s*\)`;

/** "product of tanh'(a_t)·w with a_t = 0.5, 1 and 0.2, w = 1.5": one factor per listed step. */
function slopesOverList(m: string): Calculation | undefined {
  const fn = rx(SLOPE_OF_A).exec(m);
  const list = rx(PRE_ACTIVATIONS).exec(m);
  if (!fn || !list) return undefined;
  const rest = m.replace(rx(PRE_ACTIVATIONS), " ").replace(rx(SLOPE_OF_A), " ");
  const weight = rx(WEIGHT).exec(rest);
  const w = num(weight?.[1] ?? weight?.[2]);
  if (!Number.isFinite(w)) return undefined;
  const name = fnName(fn[1] ?? "");
  const a = ACTIVATIONS[name];
  const xs = (list[1] ?? "").split(/\s*(?:,\s*and|,|;|\band\b)\s*/).map((x) => num(x));
  if (xs.length < 2 || xs.some((x) => !Number.isFinite(x))) return undefined;
  const factors = xs.map((x) => a.der(a.output(x)) * w);
  const v = factors.reduce((p, q) => p * q, 1);
  const each = xs.map((x, i) => `${TEX_NAME[name]}'(${f(x)})\\,w = ${f(factors[i] ?? NaN)}`);
  return {
    text: `It is about **${f(v)}**: each step contributes its own slope times $w = ${f(w)}$, $${each.join(",\\; ")}$, and their product is ${factors.map(f).join(" × ")} = ${f(v)}.`,
    lessonId: BPTT,
  };
}

export function slopeTimesWeight(m: string): Calculation | undefined {
  const listed = slopesOverList(m);
  if (listed) return listed;
  const slope = slopeOf(m);
  if (!slope) return undefined;
  const weight = rx(WEIGHT).exec(m.replace(rx(SLOPE_AT), " ").replace(rx(SLOPE_GIVEN), " "));
  if (!weight) return undefined;
  const w = num(weight[1] ?? weight[2]);
  if (!Number.isFinite(w)) return undefined;
  const per = slope.value * w;
  const T = lengthOrSpan(m);
  const step = `one step back multiplies the gradient by $${slope.working} \\times w = ${f(slope.value)} \\times ${f(w)} = ${f(per)}$`;
  if (!(Number.isInteger(T) && T >= 2 && T <= 100000))
    return {
      text: `It is about **${f(per)}** per step: ${step}. The slope is at most ${f(slope.gamma)}, so the factor is never more than ${f(slope.gamma)}·|w|, and a run of factors below 1 makes the gradient vanish.`,
      lessonId: BPTT,
    };
  const v = per ** T;
  return {
    text: `It is about **${f(v)}**: ${step}, and ${T} such steps give $${powerBase(per, T)}^{${T}} = ${f(v)}$. ${Math.abs(per) < 1 ? "Below 1 per step, the gradient vanishes geometrically." : "Above 1 per step, it grows geometrically."}`,
    lessonId: BPTT,
  };
}
