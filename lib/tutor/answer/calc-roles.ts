/**
 * The per-step factor of a normalised calculation request, by the words around it rather than
 * by one sentence shape: "λ = 0.9", "a per-step gain of 0.9", "20 steps of 0.7 each", "keeps 0.8
 * of the gradient". The length is read by lengthOf (calc-read.ts), numbers by calc-normalise.ts.
 */
import { N, num, rx } from "./calc-read";

/** Names of a constant per-step factor, then its value. */
const NAMED = String.raw`(?:\b(?:(?:per[- ]step\s+)?(?:factor|gain|multiplier|ratio)|lambda|s)\b|λ)\s*(?:of|is|=|:|≈)?\s*${N}`;
/** A value, then the step it applies to: "0.7 each", "0.9 a step", "0.9 per timestep", ".8/step". */
const PER_STEP = String.raw`${N}\s*(?:each|a step|per (?:time ?)?step|every (?:time ?)?step|at each step|\/\s*(?:time ?)?step)\b`;
/** A verb of the backward pass, then the value: "multiplies it by 0.9", "keeps 0.8", "scaled to 0.5". */
const ACTION = String.raw`\b(?:multipl|scal|shrink|grow|keep|retain|damp)\w*(?:\s+(?:the\s+)?(?:gradient|signal|error|it))?(?:\s+(?:by|to))?(?:\s+a factor of)?\s+${N}(?![\d.]|\s*(?:time ?)?steps)`;

/** A step's Jacobian by its norm: "jacobian norm 0.9", "every jacobian has norm 1.1". */
const JACOBIAN_NORM = String.raw`\bjacobians?\b[^.?;\d]{0,30}?\bnorms?\s*(?:of|is|=|:|≈)?\s*${N}`;

/** The per-step factor named in the message, or NaN: a value between 0 and 10 (exclusive). */
export function factorOf(m: string): number {
  for (const source of [NAMED, PER_STEP, ACTION, JACOBIAN_NORM]) {
    const hit = rx(source).exec(m);
    const v = num(hit?.[1]);
    if (hit && v > 0 && v < 10) return v;
  }
  return NaN;
}
