/**
 * A constant per-step factor over a length, when the factor is given as the recurrence itself
 * ("h_t = 0.95 h_{t-1}", "W = sQ with s = 1.05", Q orthogonal) or by its role, and the length as
 * a count or as the two steps the gradient runs between ("from step 30 back to 0"). Each step
 * back multiplies by the same factor, so T steps give s^T.
 */
import { formatCaptionNumber } from "@/lib/sim";
import { asksForNumber } from "./calc-asks";
import { powerBase } from "./calc-digits";
import { powerText } from "./calc-power";
import { lengthOf, N, num, rx } from "./calc-read";
import { factorOf } from "./calc-roles";
import { stepSpan } from "./calc-step-span";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** "h_t = 0.95 h_{t-1}", "x_t = 0.8*x_{t-1} + u_t": a linear unit's weight on its own past. */
const LINEAR_RECURRENCE = String.raw`\b([hxcsyz])_?\{?t\}?\s*=\s*${N}\s*\*?\s*\1_?\{?t\s*[-−]\s*1\}?`;
/** "W = sQ", "W = 1.05 Q", "W_hh = s·Q": a scaled orthogonal matrix. */
const SCALED_Q = String.raw`\bW(?:_?\{?hh\}?)?\s*=\s*(?:${N}|([a-zα-ω]))\s*\*?\s*Q\b`;

/** The length: a count of steps, else the span between two steps named. */
export function lengthOrSpan(m: string): number {
  const T = lengthOf(m);
  if (Number.isFinite(T)) return T;
  return stepSpan(m)?.n ?? NaN;
}

function scaledOrthogonal(m: string): number {
  const hit = rx(SCALED_Q).exec(m);
  if (!hit) return NaN;
  if (hit[1] !== undefined) return num(hit[1]);
  const letter = hit[2] ?? "";
  return num(rx(String.raw`(?<![\w^_])${letter}\s*(?:=|is|of)\s*${N}`).exec(m)?.[1]);
}

const valid = (s: number, T: number) =>
  s > 0 && s < 100 && Number.isInteger(T) && T >= 1 && T <= 100000;

export function recurrencePower(m: string): Calculation | undefined {
  if (!asksForNumber(m)) return undefined;
  const T = lengthOrSpan(m);
  const linear = rx(LINEAR_RECURRENCE).exec(m);
  if (linear) {
    const s = num(linear[2]);
    if (!valid(s, T)) return undefined;
    return {
      text: `It is about **${f(s ** T)}**: in $h_t = ${f(s)}\\,h_{t-1}$ each step back multiplies the gradient by the weight ${f(s)}, so ${T} steps give $${powerBase(s, T)}^{${T}} = ${f(s ** T)}$. ${s < 1 ? "A factor below 1: it vanishes geometrically." : s > 1 ? "A factor above 1: it explodes geometrically." : "A factor of exactly 1 keeps it."}`,
      lessonId: BPTT,
    };
  }
  const q = scaledOrthogonal(m);
  if (Number.isFinite(q)) {
    if (!valid(q, T)) return undefined;
    return {
      text: `It is about **${f(q ** T)}**: an orthogonal Q keeps every length, so each step of the linear RNN with $W = ${f(q)}\\,Q$ scales the gradient by exactly ${f(q)}, and ${T} steps give $${powerBase(q, T)}^{${T}} = ${f(q ** T)}$ in every direction.`,
      lessonId: BPTT,
    };
  }
  return undefined;
}

/** "gradient over 60 steps at 0.97 per step?": a factor by its role and a length, nothing else. */
export function roleFactorPower(m: string): Calculation | undefined {
  if (!asksForNumber(m)) return undefined;
  const s = factorOf(m);
  const T = lengthOrSpan(m);
  if (!valid(s, T)) return undefined;
  return { text: powerText(s, T), lessonId: BPTT };
}
