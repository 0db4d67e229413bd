/**
 * Backpropagation through time by hand on one unit, h_t = φ(w h_{t-1} + u x_t + b), with the
 * learner's inputs and loss: the forward states, then each step's δ_t = ∂L/∂h_t · φ'(a_t), what
 * it adds to ∂L/∂w, ∂L/∂u and ∂L/∂b, and what it passes back. The numbers come from lib/sim's
 * rnnForward and rnnBackward on a one-unit RNN, so the tutor and the course's models agree; the
 * working is the same recursion written out. Anything not given (a weight, an input, the loss's
 * form) means no answer rather than a guess.
 */
import { rnnBackward, rnnForward, type RnnParams } from "@/lib/sim";
import { N, NUM, num, RUN, rx } from "./calc-read";
import type { Calculation } from "./calculation";
import { workingNumber } from "./calc-digits";

const f = (x: number) => workingNumber(x);
const g = (x: number) => (x < 0 ? `(${f(x)})` : f(x));
const BPTT = "bptt-basics";

const H_PREV = String.raw`h_?\{?t\s*[-−]\s*1\}?`;
const X_T = String.raw`x_?\{?t\}?`;
/** "h_t = tanh(w*h_{t-1} + x_t)", "… + u x_t + b": the unit, with its symbols or numbers. */
const UNIT = rx(
  String.raw`h_?\{?t\}?\s*=\s*(tanh|sigmoid|σ|sigma)\s*\(\s*(w|${NUM})\s*\*?\s*${H_PREV}\s*\+\s*(?:(u|${NUM})\s*\*?\s*)?${X_T}\s*(?:\+\s*(b|${NUM})\s*)?\)`,
);
/** "L = 0.5 h_3^2", "L = ½(h_3 − y)²", "L = h_3": the loss on the last state. */
const LOSS = rx(
  String.raw`\bL\s*=\s*(0?\.5|½|1\s*\/\s*2|\\tfrac12|1)?\s*\*?\s*(\()?\s*h_?\{?(\d+)\}?\s*(?:[-−]\s*(y|${NUM})\s*)?(\))?\s*(\^\s*\{?2\}?|²)?`,
);
const ASKS = rx(
  String.raw`\bd\s*L\s*\/\s*d\s*(w|u|b|h_?\{?0\}?)\b|\bgradient\s+(?:of\s+(?:the\s+)?loss\s+)?(?:with respect to|wrt|w\.r\.t\.?)\s+(w|u|b)\b`,
);

/** "x_1 = 0.5, x_2 = 0, x_3 = 0" or "inputs (0.5, 0, 0)": the inputs in order, or undefined. */
function inputsOf(m: string): number[] | undefined {
  const listed = rx(
    String.raw`\binputs?\s*(?:x\s*)?(?:=|are|of|:)?\s*[([]\s*(${NUM}(?:\s*,\s*${NUM})+)\s*[)\]]`,
  ).exec(m);
  if (listed) return (listed[1] ?? "").split(",").map((s) => num(s.trim()));
  const xs: number[] = [];
  for (const hit of m.matchAll(new RegExp(String.raw`\bx_?\{?(\d+)\}?\s*=\s*${N}`, "gi"))) {
    const t = Number(hit[1]);
    if (t !== xs.length + 1) return undefined; // out of order or skipping a step
    xs.push(num(hit[2]));
  }
  return xs.length > 0 ? xs : undefined;
}

/** A symbol's value: the number written in the unit, else "w = 0.5" elsewhere, else the default. */
function valueOf(m: string, written: string | undefined, symbol: string, absent: number): number {
  if (written === undefined) return absent;
  if (written !== symbol) return num(written);
  const given = rx(String.raw`(?<![\w_])${symbol}\s*=\s*${N}(?!\d|\.\d)`).exec(m);
  return given ? num(given[1]) : NaN;
}

interface Loss {
  /** ∂L/∂h_T from h_T. */
  seed: (h: number) => number;
  text: string;
}

function lossOf(m: string, T: number): Loss | undefined {
  const hit = LOSS.exec(m);
  if (!hit || Number(hit[3]) !== T) return undefined;
  const [coefText, open, , targetText, close, squared] = hit.slice(1);
  if (Boolean(open) !== Boolean(close)) return undefined;
  const c = coefText === undefined || coefText === "1" ? 1 : 0.5;
  let y = 0;
  if (targetText !== undefined) {
    y =
      targetText === "y"
        ? num(rx(String.raw`\b(?:y|target)\s*(?:=|is|of)\s*${N}`).exec(m)?.[1])
        : num(targetText);
    if (!Number.isFinite(y)) return undefined;
  }
  const shown = y === 0 ? `h_${T}` : `(h_${T} - ${f(y)})`;
  if (!squared)
    return targetText === undefined && c === 1 ? { seed: () => 1, text: "1" } : undefined;
  return {
    seed: (h) => 2 * c * (h - y),
    text: c === 1 ? `2${shown}` : shown,
  };
}

/** "bptt by hand: h_t = tanh(w*h_{t-1} + x_t), h_0 = 0, w = 0.5, inputs …, L = 0.5 h_3^2: dL/dw?" */
export function scalarBptt(m: string): Calculation | undefined {
  const unit = UNIT.exec(m);
  const asked = ASKS.exec(m);
  if (RUN.test(m) || !unit || !asked) return undefined;
  const xs = inputsOf(m);
  if (!xs || xs.length > 50 || xs.some((x) => !Number.isFinite(x))) return undefined;
  const T = xs.length;
  const loss = lossOf(m, T);
  const w = valueOf(m, unit[2], "w", NaN);
  const u = valueOf(m, unit[3], "u", 1);
  const b = valueOf(m, unit[4], "b", 0);
  const h0Given = rx(String.raw`\bh_?\{?0\}?\s*=\s*${N}`).exec(m);
  const h0 = h0Given ? num(h0Given[1]) : 0;
  if (!loss || ![w, u, b, h0].every(Number.isFinite)) return undefined;
  const activation = /tanh/i.test(unit[1] ?? "") ? "tanh" : "sigmoid";
  const p: RnnParams = {
    kind: "rnn",
    hiddenSize: 1,
    inputSize: 1,
    activation,
    weightIH: Float64Array.of(u),
    weightHH: Float64Array.of(w),
    bias: Float64Array.of(b),
  };
  const x = Float64Array.from(xs);
  const fwd = rnnForward(p, x, T, Float64Array.of(h0));
  const h = Array.from(fwd.h);
  const grads = rnnBackward(p, fwd, x, Float64Array.of(loss.seed(h[T]!)), { weightGrads: true });
  const which = (asked[1] ?? asked[2] ?? "w").replace(/[_{}]/g, "");
  const value =
    which === "w"
      ? grads.weightHH![0]!
      : which === "u"
        ? grads.weightIH![0]!
        : which === "b"
          ? grads.bias![0]!
          : grads.dH[0]!;
  return {
    text: `It is **${f(value)}** ($\\partial L/\\partial ${which === "h0" ? "h_0" : which}$). ${working(h, xs, { w, u, b, activation, loss, dH: grads.dH })}`,
    lessonId: BPTT,
  };
}

interface Setting {
  w: number;
  u: number;
  b: number;
  activation: "tanh" | "sigmoid";
  loss: Loss;
  dH: Float64Array;
}

/** The forward states and each backward step, as the course's worked example writes them. */
function working(h: number[], xs: number[], s: Setting): string {
  const T = xs.length;
  const der = (y: number) => (s.activation === "tanh" ? 1 - y * y : y * (1 - y));
  const derText =
    s.activation === "tanh" ? (t: number) => `(1 - h_${t}^2)` : (t: number) => `h_${t}(1 - h_${t})`;
  const forward = xs
    .map(
      (x, i) =>
        `$h_${i + 1} = ${s.activation === "tanh" ? "\\tanh" : "\\sigma"}(${f(s.w)} \\cdot ${g(h[i]!)} + ${s.u === 1 ? "" : `${f(s.u)} \\cdot `}${g(x)}${s.b ? ` + ${g(s.b)}` : ""}) = ${f(h[i + 1]!)}$`,
    )
    .join(", ");
  let dw = 0;
  const back: string[] = [];
  for (let t = T; t >= 1; t--) {
    const delta = s.dH[t]! * der(h[t]!);
    dw += delta * h[t - 1]!;
    back.push(
      `step ${t}: $\\delta_${t} = \\partial L/\\partial h_${t} \\cdot ${derText(t)} = ${g(s.dH[t]!)} \\cdot ${f(der(h[t]!))} = ${f(delta)}$, adding $\\delta_${t} h_${t - 1} = ${f(delta * h[t - 1]!)}$ to $\\partial L/\\partial w$ and passing $\\delta_${t} w = ${f(s.dH[t - 1]!)}$ back`,
    );
  }
  return `Forward: ${forward}. Backward from $\\partial L/\\partial h_${T} = ${s.loss.text} = ${f(s.dH[T]!)}$: ${back.join("; ")}. Summing, $\\partial L/\\partial w = ${f(dw)}$; the signal that reached $h_0$ is ${f(s.dH[0]!)}, the product of one factor $w\\,\\phi'$ per step.`;
}
