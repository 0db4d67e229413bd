/**
 * Per-step calculations written with symbols rather than a bare power: a linear unit's weight or
 * a forget gate's value repeated over T steps ("linear unit w = 0.95, 40 steps", "f is 0.9 at
 * every step … 30 steps"), a power term with its symbols given ("(w(1 - h²))^T, h = 0.5 …"), the
 * forget bias solving σ(b)^T = share, clipping a gradient shorter than the threshold, and a
 * number's power as written ("0.9^50").
 */
import { clipByNorm, formatCaptionNumber } from "@/lib/sim";
import { evaluatePowerTerm, expressionText } from "./calc-expression";
import { writtenNumberPower } from "./calc-power";
import { lengthOf } from "./calc-units";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";
const CELL = "why-lstm-solves-vanishing-gradients";
const EXPLODING = "how-lstm-handles-exploding-gradients";
const N = String.raw`([-+−]?(?:\d+(?:\.\d+)?|\.\d+))`;
const num = (s: string | undefined) => Number((s ?? "NaN").replace("−", "-"));
const RUN = /\b(?:run|re-?run|simulate|plot|sweep|compare)\b/i;

const trend = (s: number) =>
  s < 1
    ? "below 1, so it vanishes geometrically"
    : s > 1
      ? "above 1, so it explodes geometrically"
      : "exactly 1, so nothing is lost";

/**
 * How a gate's value is given: "= 0.9", "is 0.9", "stuck at 0.9", "is fixed at 0.9", "was
 * clamped to 0.9", "stays constant at 0.9".
 */
const GATE_HELD = String.raw`(?:=|≈|:|(?:(?:is|was|are|were|stays?|sits?|remains?|gets?)\s+)?(?:(?:held|kept|stuck|fixed|pinned|frozen|clamped|set|constant|always)\s+)?(?:at|to)|is|of)`;

/** "forget gates of 0.9, 0.5 and 0.8": a list of per-step values is a product, not one gate. */
const NOT_A_LIST = String.raw`(?!\d|\.\d)(?!\s*(?:,|;|\band\b)\s*[-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?![\d.]|\s*(?:time ?)?steps))`;

/**
 * A per-step factor named by its symbol. A linear unit's derivative is its weight; along the cell
 * path each step multiplies by the forget gate's value. A tanh unit's weight is not its factor
 * (the derivative scales it), so only "linear" lets w stand for the factor.
 */
function perStepFactor(m: string): Calculation | undefined {
  if (RUN.test(m) || /\bhow many\b|\bwhich\b/i.test(m)) return undefined;
  const T = lengthOf(m);
  if (!Number.isFinite(T) || T < 1 || T > 10000) return undefined;
  const gate = new RegExp(
    String.raw`(?:\bf_?t?\b\s*${GATE_HELD}|\bforget[- ]gates?(?: values?| activations?)?\s*(?:${GATE_HELD})?)\s*${N}(?!\s*(?:steps|%))${NOT_A_LIST}`,
    "i",
  ).exec(m);
  if (gate && !biasOfGate(m, gate)) {
    const s = num(gate[1]);
    if (!(s >= 0 && s <= 1)) return undefined;
    return {
      text: `About **${f(s ** T)}** of the cell gradient survives: along the cell path each step back multiplies it by the forget gate, so ${f(T)} steps at $f = ${f(s)}$ give $${f(s)}^{${f(T)}} = ${f(s ** T)}$. A factor ${trend(s)}.`,
      lessonId: CELL,
      vary: span(m, gate, 1),
    };
  }
  // "h_t = 0.9 h_{t-1}": a recurrence with no function around it is a linear unit whose weight
  // is written in place.
  const recurrence = LINEAR_RECURRENCE.exec(m);
  if (!recurrence && !/\blinear\b/i.test(m)) return undefined;
  const weight =
    recurrence ??
    new RegExp(
      String.raw`(?:\bw\b|\b(?:recurrent )?weight)\s*(?:=|is|of|at|scaled by|times)?\s*${N}(?!\s*(?:steps|%))`,
      "i",
    ).exec(m);
  if (!weight) return undefined;
  const w = num(weight[1]);
  if (!Number.isFinite(w) || Math.abs(w) > 10) return undefined;
  const v = Math.abs(w) ** T;
  // A scaled orthogonal W stretches every direction by the same factor: its norm is the scale.
  const why = /\borthogonal\b/i.test(m)
    ? `with linear units the per-step Jacobian is W itself, and an orthogonal W scaled by ${f(w)} multiplies every direction's length by ${f(w)}, so`
    : "a linear unit's per-step derivative is its weight, so";
  return {
    text: `${v > 1 ? `The gradient grows to about **${f(v)}** times its size` : `About **${f(v)}** of the gradient is left`}: ${why} going back ${f(T)} steps multiplies ${f(T)} factors of ${f(w)}: $${w < 0 ? `|${f(w)}|` : f(w)}^{${f(T)}} = ${f(v)}$. A factor ${trend(Math.abs(w))}.`,
    lessonId: BPTT,
    vary: span(m, weight, 1),
  };
}

/**
 * "the bias of the forget gate is 2" gives the gate's bias, not its value; "with bias 0 the
 * forget gate is 0.5" states the bias as a premise and the gate's value apart from it.
 */
function biasOfGate(m: string, gate: RegExpExecArray): boolean {
  const before = m.slice(Math.max(0, gate.index - 24), gate.index);
  return (
    /\bbias\b/i.test(gate[0]) ||
    /\bbias(?:es)?\s+(?:of|for|on|in)\s+(?:the\s+|its\s+|a\s+|each\s+)?$/i.test(before)
  );
}

const LINEAR_RECURRENCE = new RegExp(
  String.raw`\bh_?\{?t\}?\s*=\s*${N}\s*(?:\*|·|\\cdot|×)?\s*h_?\{?t\s*[-−]\s*1\}?`,
  "i",
);

function span(m: string, match: RegExpExecArray, group: number): [number, number] {
  const text = match[group] ?? "";
  const start = match.index + match[0].lastIndexOf(text);
  return [start, start + text.length];
}

/** "(w(1 - h²))^T with h = 0.5, w = 1.2, T = 8": the learner's formula at the learner's values. */
function writtenPower(m: string): Calculation | undefined {
  if (RUN.test(m)) return undefined;
  const r = evaluatePowerTerm(m);
  if (!r) return undefined;
  const lessonId = /forget|σ\s*\(\s*b|\bb_?f\b|cell/i.test(m) ? CELL : BPTT;
  return { text: expressionText(r), lessonId };
}

/** "which b makes σ(b)^80 = 0.2?": solved for b. */
function biasForPower(m: string): Calculation | undefined {
  const hit = new RegExp(
    String.raw`(?:σ|sigma|sigmoid)\s*\(\s*b(?:_?\{?f\}?)?\s*\)\s*\^\s*\{?\s*(\d+)\s*\}?\s*=\s*${N}`,
    "i",
  ).exec(m);
  if (!hit) return undefined;
  const [T, share] = [num(hit[1]), num(hit[2])];
  if (!(share > 0 && share < 1) || !(T >= 1)) return undefined;
  const gate = share ** (1 / T);
  const b = Math.log(gate / (1 - gate));
  return {
    text: `It is **b ≈ ${f(b)}**: $\\sigma(b)^{${f(T)}} = ${f(share)}$ needs $\\sigma(b) = ${f(share)}^{1/${f(T)}} = ${f(gate)}$, and inverting the sigmoid gives $b = \\ln\\big(\\sigma/(1-\\sigma)\\big) = \\ln(${f(gate)}/${f(1 - gate)}) = ${f(b)}$.`,
    lessonId: CELL,
  };
}

const SHORTER =
  /\b(?:threshold|θ|theta|clip(?:ping)? (?:value|level|norm))\b[^.?]*?\b(?:bigger|larger|greater|higher|above|more|over|exceeds?)\b[^.?]*?\bnorm\b|\bnorm\b[^.?]*?\b(?:smaller|less|lower|below|under)\b[^.?]*?\b(?:threshold|θ|theta)\b/i;

/** "what if my clip threshold is bigger than the gradient norm?": nothing changes, with a worked case. */
function clipBelowThreshold(m: string): Calculation | undefined {
  if (!SHORTER.test(m) || /[([]\s*[-+−]?\d/.test(m)) return undefined;
  const g = [3, 4];
  const theta = 10;
  const r = clipByNorm(g, theta);
  return {
    text: `Nothing happens: the gradient is left **unchanged**. Norm clipping rescales $g$ only when $\\|g\\| \\ge \\theta$; below the threshold it passes through as it is, direction and length. For example $g = (3, 4)$ has $\\|g\\| = \\sqrt{3^2 + 4^2} = ${f(r.norm)}$, so at θ = ${theta} it stays (${Array.from(r.clipped, f).join(", ")}). Clipping only ever shortens a gradient; a threshold above the usual norm catches just the spikes.`,
    lessonId: EXPLODING,
  };
}

const GATE_AT = new RegExp(
  String.raw`\b(?:forget[- ]gate|f_?t?)\s*(?:is|=|were|was|stays?|sits?|gets?|goes)?\s*(?:stuck|fixed|pinned|held|exactly|always)?\s*(?:at|to)?\s*(?:exactly\s+)?${N}(?!\s*(?:steps|%|\.\d))`,
  "i",
);

/**
 * "what if the forget gate is stuck at exactly 1?": with no length named, what that value does
 * to the cell path per step and over any gap. The course's cases: 1 is the carousel, 0 forgets.
 */
function gateValue(m: string): Calculation | undefined {
  if (!/^(?:(?:and|so|but|ok(?:ay)?)[,\s]+)*(?:what if|what happens if|suppose)\b/i.test(m.trim()))
    return undefined;
  if (Number.isFinite(lengthOf(m)) || /\bbias\b/i.test(m)) return undefined;
  const hit = GATE_AT.exec(m);
  if (!hit) return undefined;
  const s = num(hit[1]);
  if (!Number.isFinite(s)) return undefined;
  const vary = span(m, hit, 1);
  if (s > 1 || s < 0)
    return {
      text: `It cannot be ${f(s)}: the forget gate is a sigmoid, so every entry lies between 0 and 1. Along the cell each step back multiplies the gradient by it, so the cell path never grows; at exactly 1 it carries the gradient back unchanged.`,
      lessonId: CELL,
      vary,
    };
  if (s === 1)
    return {
      text: `Then nothing is lost along the cell: each step back multiplies the cell gradient by exactly 1, so $1^T = 1$ for any gap. That is the **constant error carousel** of the 1997 LSTM, whose cell had a fixed self-connection of 1.0 and no forget gate. The price is that the cell can never reset: on a long stream it keeps accumulating and can saturate $\\tanh(c)$, which is the problem the forget gate was added to solve.`,
      lessonId: CELL,
      vary,
    };
  if (s === 0)
    return {
      text: `Then the cell forgets everything at every step: $f = 0$ wipes $c_{t-1}$, so the cell path carries no gradient back even one step, and only the routes through $h_{t-1}$ and the gates remain.`,
      lessonId: CELL,
      vary,
    };
  return {
    text: `Then the cell gradient shrinks by ${f(s)} per step: $${f(s)}^{10} = ${f(s ** 10)}$ after 10 steps and $${f(s)}^{100} = ${f(s ** 100)}$ after 100. Only a gate at exactly 1 (the 1997 cell's constant error carousel) carries it back unchanged over any gap.`,
    lessonId: CELL,
    vary,
  };
}

/** The first of these that recognises the message. */
export function stepCalculation(message: string): Calculation | undefined {
  return (
    clipBelowThreshold(message) ??
    biasForPower(message) ??
    perStepFactor(message) ??
    gateValue(message) ??
    writtenPower(message) ??
    writtenNumberPower(message)
  );
}
