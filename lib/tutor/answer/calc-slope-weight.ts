/**
 * One step of a scalar RNN's backward pass, tanh'(a_t)·w: the activation's slope (computed at a
 * point, "tanh'(0.5)", or given, "tanh' = 0.6") times the recurrent weight, and over T steps that
 * factor to the T-th power. Slopes come from lib/sim's activations, so the tutor and the plots
 * agree.
 */
import { ACTIVATIONS, formatCaptionNumber, type ActivationName } from "@/lib/sim";
import { powerBase } from "./calc-digits";
import { FN, fnName, N, num, rx } from "./calc-read";
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

export function slopeTimesWeight(m: string): Calculation | undefined {
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
