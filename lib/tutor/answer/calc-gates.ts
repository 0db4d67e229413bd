/**
 * The gates' calculations on the learner's numbers: a GRU's copy path σ(b_z)^T (in either
 * convention), the ratio of two cell paths σ(b_1)^T / σ(b_2)^T, and the forget gate's value
 * σ(b_f) with what it keeps over a length. Numbers come from lib/sim's sigmoid.
 */
import { formatCaptionNumber, sigmoid } from "@/lib/sim";
import { ASKS, lengthOf, N, num, RUN, rx, spanOf } from "./calc-read";
import type { Calculation } from "./calculation";
import { powerBase } from "./calc-digits";

const f = (x: number) => formatCaptionNumber(x);
const CELL = "why-lstm-solves-vanishing-gradients";
const GRU = "gru";

/** "GRU, update-gate bias b_z = 3, |dh_T/dh_0| after 40 steps": the copy path keeps z^T. */
export function gruCopyPath(m: string): Calculation | undefined {
  if (RUN.test(m) || !ASKS.test(m) || !/\bgrus?\b|update[- ]gate|\bb_?z\b|\bz_?t\b/i.test(m))
    return undefined;
  if (/\bwhich\b|\bwhat (?:bias|value)\b/i.test(m)) return undefined;
  const bias = rx(
    String.raw`(?:update[- ]?(?:gate[- ]?)?bias|\bb_?\{?z\}?|\bz[- ]bias|\bgru bias)\s*(?:of|is|=|at|:)?\s*${N}`,
  ).exec(m);
  const T = lengthOf(m);
  if (!bias || !Number.isFinite(T) || T < 1) return undefined;
  const b = num(bias[1]);
  const z = sigmoid(b);
  // Chung et al. write h_t = z h̃ + (1 − z) h_{t-1}: there the old state keeps 1 − z.
  const swapped =
    /\(1\s*[-−]\s*z_?t?\)\s*\\?(?:odot\s*)?\*?\s*h_?\{?t\s*-\s*1|z_?t?\s*\\?(?:odot\s*)?\*?\s*(?:\\tilde|h̃|n_?t)/i.test(
      m.replace(/\(1\s*[-−]\s*z_?t?\)\s*\\?(?:odot\s*)?\*?\s*n_?t/gi, ""),
    );
  const keep = swapped ? 1 - z : z;
  // In the swapped convention the factor is 1 − z_t, never z_t itself.
  const gate = swapped
    ? `1 - z_t = 1 - \\sigma(${f(b)}) = ${powerBase(keep, T)}`
    : `z_t = \\sigma(${f(b)}) = ${powerBase(z, T)}`;
  const convention = swapped
    ? "In this convention the old state is multiplied by $1 - z_t$, one minus the update gate"
    : "In PyTorch's convention $h_t = (1 - z_t)\\,n_t + z_t\\,h_{t-1}$ the old state is multiplied by the update gate $z_t$";
  const v = keep ** T;
  return {
    text: `It is **${f(v)}**: ${convention}; with the other weights and biases at zero the candidate does not depend on $h_{t-1}$ and $${gate}$ at every step, so going back ${T} steps multiplies ${T} of them: $${powerBase(keep, T)}^{${T}} = ${f(v)}$.${v < 1e-3 ? " Along the copy path the gradient vanishes." : ""}`,
    lessonId: GRU,
    ...spanOf(bias, 1),
  };
}

/** "σ(3)^40 / σ(1)^40", "how many times more does forget bias 3 keep than bias 1 over 40 steps". */
export function cellRatio(m: string): Calculation | undefined {
  const S = String.raw`(?:σ|sigma|sigmoid)\s*\(\s*${N}\s*\)\s*\^\s*\{?\s*(\d+)\s*\}?`;
  const explicit = rx(String.raw`${S}\s*/\s*${S}`).exec(m);
  let pair: [number, number, number, number] | undefined;
  if (explicit)
    pair = [num(explicit[1]), Number(explicit[2]), num(explicit[3]), Number(explicit[4])];
  else if (/\bhow many times\b|\bratio\b|\btimes (?:more|less|as much)\b/i.test(m)) {
    const biases = [
      ...m.matchAll(/\bbias(?:es)?\s*(?:of|=|b_?f\s*=)?\s*([-+−]?\d+(?:\.\d+)?)(?!\s*steps)/gi),
    ];
    const T = lengthOf(m);
    const [b1, b2] = [
      biases[0]?.[1],
      biases[1]?.[1] ?? /\bthan\s+(?:a\s+)?(?:bias\s+)?([-+−]?\d+(?:\.\d+)?)/i.exec(m)?.[1],
    ];
    if (b1 !== undefined && b2 !== undefined && Number.isFinite(T)) pair = [num(b1), T, num(b2), T];
  }
  if (!pair || pair.some((x) => !Number.isFinite(x))) return undefined;
  const [b1, t1, b2, t2] = pair;
  const [p1, p2] = [sigmoid(b1) ** t1, sigmoid(b2) ** t2];
  return {
    text: `It is **${f(p1 / p2)}**: $\\sigma(${f(b1)})^{${t1}} = ${powerBase(sigmoid(b1), t1)}^{${t1}} = ${f(p1)}$ and $\\sigma(${f(b2)})^{${t2}} = ${powerBase(sigmoid(b2), t2)}^{${t2}} = ${f(p2)}$, so the first keeps ${f(p1 / p2)} times as much. A small difference per step becomes a large one over many steps.`,
    lessonId: CELL,
  };
}

/**
 * "what does f come out as with bias 1?", "a forget bias of 1 gives f around 0.73?": the gate's
 * value σ(b_f) with the other weights at zero; with a length, what the cell path keeps over it.
 */
export function forgetGateValue(m: string): Calculation | undefined {
  const asksF =
    /(?:\bgives?|\bmakes?|\bwhat(?:'s| is| does| would))\s+(?:the\s+)?(?:f|f_t|forget gate)\b|\b(?:f|f_t)\s*(?:≈|=|~|around|about|comes?|is|would be)(?!\w)/i;
  if (RUN.test(m) || !asksF.test(m) || /\bupdate\b|\bgru\b/i.test(m)) return undefined;
  const bias = rx(String.raw`(?:\bbias|\bb_?\{?f\}?)\s*(?:of|=|is|at)?\s*${N}`).exec(m);
  if (!bias) return undefined;
  const b = num(bias[1]);
  const s = sigmoid(b);
  const T = lengthOf(m);
  const gate = `$f = \\sigma(${f(b)}) = 1/(1+e^{${f(-b)}}) = ${f(s)}$`;
  const text = Number.isFinite(T)
    ? `About **${f(s ** T)}** of the cell gradient is left after ${T} steps: with the other weights at zero ${gate} at every step, and the cell path multiplies ${T} of them: $${powerBase(s, T)}^{${T}} = ${f(s ** T)}$.`
    : `It is **${f(s)}**: with the other weights at zero the forget gate is ${gate} at every step, so the cell path keeps that share of its gradient per step (over $T$ steps, $${f(s)}^T$).`;
  return { text, lessonId: CELL, ...spanOf(bias, 1) };
}
