/**
 * The cell path's σ(b)^T when the length is left as a symbol: "gradient along the lstm cell after
 * T steps with forget bias 0", or "… with forget bias b?" followed by "with b = 0?". The answer
 * is the per-step factor and its power in T, with a few lengths worked out, rather than nothing.
 */
import { formatCaptionNumber, sigmoid } from "@/lib/sim";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const NUM = String.raw`([-+−]?\d+(?:\.\d+)?)`;

/** The length is a symbol: "after T steps", "T steps", "over T time steps". */
const SYMBOLIC_LENGTH = /\b(?:after|over|across|for)?\s*T\s+(?:time ?)?steps\b|\bafter\s+T\b/;
/** The forget bias with its value, or as a symbol whose value is given elsewhere ("b = 0"). */
const BIAS_VALUE = new RegExp(
  String.raw`\bforget[- ]?(?:gate[- ]?)?bias(?:\s+b_?\{?f?\}?)?\s*(?:of|is|=|at|to|:)?\s*${NUM}`,
  "i",
);
// "forget bias b", "the forget bias is b", "forget-gate bias = b_f".
const BIAS_SYMBOL =
  /\bforget[- ]?(?:gate[- ]?)?bias\s+(?:(?:is|of|=)\s*)?(b(?:_\{?f\}?)?)(?![\w])/i;
const CELL_PATH = /\b(?:lstm|cell|forget gates?)\b/i;
/** A question for the value, not a claim about it ("… vanishes after T steps, right?" is asked too). */
const ASKS = /\?|\bwhat(?:'s| is)\b|\bhow (?:much|big|small)\b|\bcompute\b|\bwork out\b/i;
const SHOWN_LENGTHS = [10, 50, 100] as const;

export function cellPowerOverT(message: string): Calculation | undefined {
  if (!SYMBOLIC_LENGTH.test(message) || !CELL_PATH.test(message) || !ASKS.test(message))
    return undefined;
  if (/\d+\s*(?:time ?)?steps\b|\bT\s*=\s*\d/i.test(message)) return undefined;
  const b = biasOf(message);
  if (b === undefined) return undefined;
  const s = sigmoid(b);
  const examples = SHOWN_LENGTHS.map((T) => `${T} steps leave ${f(s ** T)}`).join(", ");
  return {
    text: `It is **$${f(s)}^T$**: with forget bias ${f(b)} and the input weights at zero each forget gate is $\\sigma(${f(b)}) = ${f(s)}$, and going back $T$ steps along the cell multiplies $T$ of them, $\\sigma(${f(b)})^T = ${f(s)}^T$. For example, ${examples}.${s < 0.9 ? " The gradient along the cell vanishes geometrically in T." : ""}`,
    lessonId: "why-lstm-solves-vanishing-gradients",
  };
}

function biasOf(message: string): number | undefined {
  const given = BIAS_VALUE.exec(message)?.[1];
  if (given !== undefined) return Number(given.replace("−", "-"));
  const symbol = BIAS_SYMBOL.exec(message)?.[1];
  if (!symbol) return undefined;
  const escaped = symbol.replace(/[{}]/g, "\\$&");
  const value = new RegExp(String.raw`(?<![\w\\])${escaped}\s*=\s*${NUM}`).exec(message)?.[1];
  return value === undefined ? undefined : Number(value.replace("−", "-"));
}
