/**
 * More of the course's calculations on the learner's numbers: an activation or its derivative at
 * a point, a constant factor's power in words ("0.9 to the power 50", "each step keeps 0.8, after
 * 30 steps"), the forget bias that keeps a given share, the cell path's share, and the scalar
 * recurrence's derivatives in w (matrices and vectors are in calc-matrix.ts, the steps until a
 * level in calc-steps-until.ts). Each returns the result first, then the working, from lib/sim's own functions.
 */
import {
  ACTIVATIONS,
  formatCaptionNumber,
  scalarRecurrence,
  sigmoid,
  type ActivationName,
} from "@/lib/sim";
import type { Calculation } from "./calculation";
import { powerBase } from "./calc-digits";
import { powerText } from "./calc-power";
import { spanOf } from "./calc-read";
import { sameFactorsLonger, stepsUntil } from "./calc-steps-until";
import { perStepFromShare, sameFactorsOverLength } from "./calc-same-factors";
import { matrixPower, scaledOrthogonal, vectorNorm } from "./calc-matrix";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";
const CELL = "why-lstm-solves-vanishing-gradients";
const EXPLODING = "how-lstm-handles-exploding-gradients";

const N = String.raw`([-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+−]?\d+)?)`;
/** Compiled once: every message passes through every calculator. */
const compiled = new Map<string, RegExp>();
function rx(source: string): RegExp {
  let r = compiled.get(source);
  if (!r) compiled.set(source, (r = new RegExp(source, "i")));
  return r;
}
const num = (s: string | undefined) => Number((s ?? "NaN").replace("−", "-"));
const FN = String.raw`(tanh|sigmoid|sigma|σ|relu)`;
const fnName = (s: string): ActivationName =>
  /^(?:sigmoid|sigma|σ)$/i.test(s) ? "sigmoid" : (s.toLowerCase() as ActivationName);
/** A request to run something is a simulation, not arithmetic. */
const RUN = /\b(?:what if|run|re-?run|simulate|plot|show me)\b/i;

/** Where a derivative is taken: "at 0.5", "for x = 2", "evaluated at a = -1". */
const POINT = String.raw`(?:(?:evaluated\s+)?(?:at|for|when|with|in)\s+)(?:(?:the\s+)?(?:input|point)\s+)?(?:[xaz]\s*=\s*)?${N}`;

/** "sigmoid(4)", "tanh'(1)", "derivative of tanh at x = 1", "slope of the sigmoid at 0". */
function activationAt(m: string): Calculation | undefined {
  const derivative =
    rx(
      String.raw`(?:derivative|slope|gradient)\s+of\s+(?:the\s+|a\s+)?(?:logistic\s+|hyperbolic\s+)?${FN}\w*\s+(?:function\s+|unit\s+)?${POINT}`,
    ).exec(m) ??
    // "d/dx tanh(x) at x = 0.8": Leibniz's notation.
    rx(String.raw`\bd\s*\/\s*d[xaz]\s*\(?\s*${FN}\s*\(\s*[xaz]\s*\)\s*\)?\s*,?\s*${POINT}`).exec(
      m,
    ) ??
    // "sigmoid derivative at x = -1", "the tanh's slope at 0.5".
    rx(String.raw`${FN}\w*(?:['’]s)?\s+(?:derivative|slope)\s+${POINT}`).exec(m) ??
    // "tanh'(x) for x = 2": the derivative written as a function, its point given after.
    rx(
      String.raw`${FN}\s*['′’]\s*\(\s*[xaz]\s*\)\s*(?:at|for|when|with|where|,)?\s*[xaz]\s*=\s*${N}`,
    ).exec(m) ??
    // "tanh' at 1", "σ′ for x = 2".
    rx(String.raw`${FN}\s*['′’](?!s\b)\s*${POINT}`).exec(m);
  const primed = rx(String.raw`${FN}\s*['′]\s*\(\s*${N}\s*\)`).exec(m);
  const plain = rx(String.raw`(?<![\w^])${FN}\s*\(\s*${N}\s*\)(?!\s*\^)`).exec(m);
  const hit = derivative ?? primed;
  if (hit) {
    const name = fnName(hit[1] ?? "");
    const x = num(hit[2]);
    const a = ACTIVATIONS[name];
    const y = a.output(x);
    const d = a.der(y);
    const formula =
      name === "tanh"
        ? `1 - \\tanh^2(${f(x)}) = 1 - ${f(y)}^2`
        : name === "sigmoid"
          ? `\\sigma(${f(x)})\\,(1 - \\sigma(${f(x)})) = ${f(y)} \\times ${f(1 - y)}`
          : `${x > 0 ? "1 (the unit is active)" : "0 (the unit is off)"}`;
    return {
      text: `It is **${f(d)}**: the derivative of ${name} at ${f(x)} is $${formula} = ${f(d)}$. Its largest value is ${f(a.gamma)} (γ for ${name}), at 0 for tanh and sigmoid; in the backward pass every step multiplies by this factor.`,
      lessonId: BPTT,
      // "and at -1.5?": the point is what a follow-up varies.
      ...spanOf(hit, 2),
    };
  }
  if (!plain) return undefined;
  const name = fnName(plain[1] ?? "");
  const x = num(plain[2]);
  const y = ACTIVATIONS[name].output(x);
  const working =
    name === "sigmoid" ? `1/(1 + e^{${f(-x)}}) = ${f(y)}` : `${name}(${f(x)}) = ${f(y)}`;
  return {
    text: `It is **${f(y)}**: $${working}$. Its derivative there is ${f(ACTIVATIONS[name].der(y))}.`,
    lessonId: name === "sigmoid" ? CELL : BPTT,
    ...spanOf(plain, 2),
  };
}

/** "0.9 to the power (of) 50"; "each step multiplies (the gradient) by 0.8 … after 30 steps". */
function powerInWords(m: string): Calculation | undefined {
  if (RUN.test(m)) return undefined;
  const words = rx(String.raw`${N}\s*(?:to the power(?: of)?|raised to(?: the)?)\s*${N}`).exec(m);
  if (words) return { text: powerText(num(words[1]), num(words[2])), lessonId: BPTT };
  const factor = rx(
    String.raw`\b(?:multipl\w*|keeps?|shrinks?|retains?)\b(?:\s+(?:the\s+)?(?:gradient|it|signal))?(?:\s+(?:by|to))?\s+${N}(?!\s*steps)[^?]*?\b(?:after|over|for|across|in)\s+${N}\s*(?:time ?)?steps\b`,
  ).exec(m);
  const reversed = factor
    ? undefined
    : rx(
        String.raw`\b${N}\s*(?:time ?)?steps\b[^?]*?\b(?:multipl\w*|keeps?|shrinks?|retains?)\b(?:\s+(?:the\s+)?(?:gradient|it|signal))?(?:\s+(?:by|to))?\s+${N}`,
      ).exec(m);
  if (reversed && !/how many|which|what (?:bias|value)/i.test(m)) {
    const s = num(reversed[2]);
    if (s > 0 && s < 10) return { text: powerText(s, num(reversed[1])), lessonId: BPTT };
  }
  if (!factor || /how many|which|what (?:bias|value)/i.test(m)) return undefined;
  const s = num(factor[1]);
  if (!(s > 0 && s < 10)) return undefined;
  return { text: powerText(s, num(factor[2])), lessonId: BPTT };
}

const STEPS = rx(String.raw`(?:\bT\s*=\s*${N}|${N}\s*(?:time ?)?steps|\bover\s+${N}\b)`);
const stepsOf = (m: string) => {
  const s = STEPS.exec(m);
  return s ? num(s[1] ?? s[2] ?? s[3]) : NaN;
};

/** What the share left means, so a follow-up at another bias says the regime changed too. */
function cellVerdict(v: number): string {
  if (v < 1e-3) return " The gradient along the cell vanishes.";
  return v >= 0.1
    ? " A usable share of the gradient survives."
    : " The gradient along the cell shrinks a lot.";
}

/** "forget gate bias 3, T = 100: |dc_T/dc_0|", "b_f = 5 over 100 steps, cell path gradient". */
function cellPath(m: string): Calculation | undefined {
  if (RUN.test(m) || /\bwhich\b|\bwhat (?:bias|value)\b/i.test(m)) return undefined;
  if (!/\bcell(?: path)?\b[^?]*\bgradient\b|\bdc_?\{?t|∂c|\|dc|\bcell path\b|\bleft\b/i.test(m))
    return undefined;
  const bias = rx(String.raw`(?:forget(?:[- ]gate)?\s+bias|\bb_?f)\s*(?:of|is|=|at)?\s*${N}`).exec(
    m,
  );
  const T = stepsOf(m);
  if (!bias || !Number.isFinite(T)) return undefined;
  const b = num(bias[1]);
  const s = sigmoid(b);
  return {
    text: `About **${f(s ** T)}**: with the other weights at zero every forget gate is $\\sigma(${f(b)}) = ${powerBase(s, T)}$, and the cell path back over ${f(T)} steps multiplies ${f(T)} of them: $${powerBase(s, T)}^{${f(T)}} = ${f(s ** T)}$.${cellVerdict(s ** T)}`,
    lessonId: CELL,
  };
}

/** "keeps 0.2", "keeps 20%", "keeps 20 percent": the share as a fraction. */
const shareOf = (hit: RegExpExecArray | null) =>
  hit ? num(hit[1]) / (hit[2] !== undefined ? 100 : 1) : NaN;

/** The share a text says to keep: "half", "a tenth", "keeps 0.2", "leaves 20%". */
function shareIn(text: string): number {
  if (/\bhalf\b/i.test(text)) return 0.5;
  if (/\ba tenth\b/i.test(text)) return 0.1;
  return shareOf(
    rx(
      String.raw`\b(?:keeps?|retains?|preserves?|leaves?)\s+(?:exactly\s+|about\s+|only\s+)?${N}\s*(%|percent)?`,
    ).exec(text),
  );
}

/**
 * "which forget bias keeps half (0.5) of the cell gradient over 100 steps?". The share said
 * after the question is the one asked about: "… keeps about 6.7e-9. what bias would keep a
 * quarter?" asks for a quarter.
 */
function biasForShare(m: string): Calculation | undefined {
  const question = /\b(?:which|what)\s+(?:forget(?:[- ]gate)?\s+)?(?:bias|b_?f)\b/i.exec(m);
  if (!question) return undefined;
  const asked = shareIn(m.slice(question.index));
  const share = Number.isFinite(asked) ? asked : shareIn(m);
  const T = stepsOf(m);
  if (!(share > 0 && share < 1) || !Number.isFinite(T)) return undefined;
  const gate = share ** (1 / T);
  const b = Math.log(gate / (1 - gate));
  return {
    text: `A forget bias of about **${f(b)}**: keeping ${f(share)} over ${f(T)} steps needs $\\sigma(b)^{${f(T)}} = ${f(share)}$, so $\\sigma(b) = ${f(share)}^{1/${f(T)}} = ${f(gate)}$ and $b = \\ln\\big(\\sigma/(1-\\sigma)\\big) = ${f(b)}$.`,
    lessonId: CELL,
  };
}

/** "x_t = 1.1 x_{t-1}, x_0 = 0.5: dx_50/dw" (or its second derivative). */
function scalarDerivative(m: string): Calculation | undefined {
  const rec = rx(String.raw`x_?\{?t\}?\s*=\s*(?:${N}|w)\s*\*?\s*x_?\{?t\s*-\s*1`).exec(m);
  const x0 = rx(String.raw`x_?\{?0\}?\s*=\s*${N}`).exec(m);
  const named = rx(String.raw`\bw\s*=\s*${N}`).exec(m);
  const T =
    /d(?:²|\^?2)?\s*x_?\{?(\d+)\}?\s*\/\s*dw/i.exec(m) ??
    /(\d+)\s*steps/i.exec(m) ??
    /\bT\s*=\s*(\d+)/.exec(m);
  // "x_T = w^T x_0 with w = 1.1 …: dx_T/dw": the closed form, asked about its derivative.
  const closed =
    /x_?\{?T\}?\s*=\s*w\s*\^\s*\{?T\}?\s*\*?\s*x_?\{?0/.test(m) &&
    /\bd\s*x_?\{?\w+\}?\s*\/\s*dw|\bderivative\b|\bgradient\b/i.test(m);
  const wText = rec?.[1] ?? named?.[1];
  if ((!rec && !closed) || !x0 || !T || wText === undefined) return undefined;
  const [w, start, steps] = [num(wText), num(x0[1]), Number(T[1])];
  const r = scalarRecurrence(w, start, steps, "linear");
  const second = /second|d²|d\^?2x|curvature/i.test(m);
  const text = second
    ? `It is **${f(r.d2xdw2)}**: $\\partial^2 x_T/\\partial w^2 = T(T-1)\\,w^{T-2} x_0 = ${steps}\\cdot${steps - 1}\\cdot${f(w)}^{${steps - 2}}\\cdot${f(start)} = ${f(r.d2xdw2)}$. The curvature grows with the gradient, which is the cliff clipping guards against.`
    : `It is **${f(r.dxdw)}**: $x_T = w^T x_0$, so $\\partial x_T/\\partial w = T\\,w^{T-1} x_0 = ${steps}\\cdot${f(w)}^{${steps - 1}}\\cdot${f(start)} = ${f(r.dxdw)}$ (and $x_{${steps}} = ${f(r.x)}$).`;
  return { text, lessonId: EXPLODING };
}

/** The first of these calculators that recognises the message. */
export function formulaCalculation(message: string): Calculation | undefined {
  for (const calc of [
    matrixPower,
    vectorNorm,
    scalarDerivative,
    scaledOrthogonal,
    biasForShare,
    cellPath,
    stepsUntil,
    sameFactorsLonger,
    sameFactorsOverLength,
    perStepFromShare,
    activationAt,
    powerInWords,
  ]) {
    const r = calc(message);
    if (r) return r;
  }
  return undefined;
}
