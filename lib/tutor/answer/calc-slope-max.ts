/**
 * The largest an activation's slope can be (γ in Pascanu et al.'s bound): tanh' ≤ 1 and σ' ≤ 1/4,
 * both at 0, and ReLU's slope is 1 where the unit is on. Asked as a maximum, a bound or "at most
 * what", of the slope written with a prime, as "prime" or as "the derivative of …". γ comes from
 * lib/sim's activations, so the tutor and the plots agree.
 */
import { ACTIVATIONS, formatCaptionNumber } from "@/lib/sim";
import { asksForReason } from "./calc-asks";
import { FN, fnName, rx } from "./calc-read";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** "tanh'", "σ′", "tanh prime", "the derivative of the sigmoid", "sigmoid's slope". */
const SLOPE = String.raw`(?:${FN}\s*(?:['′’](?!s\b)|\s+prime\b|(?:['’]s)?\s+(?:derivative|slope|gradient)\b)|\b(?:derivative|slope)\s+of\s+(?:the\s+|a\s+)?${FN})`;
/** Asks for its largest value: "max", "at most what", "upper bound", "how big can … get". */
const ASKS_MAX =
  /\b(?:max(?:imum)?|largest|biggest|highest|greatest|peak|upper bound|bound(?:ed)?|at most|how (?:big|large|high) can|most it can)\b/i;
/** A value to take the slope at: then it is the slope there, not its largest value. */
const AT_A_POINT = /(?:['′’]\s*\(\s*[-+−]?\d|\b(?:at|for|when)\s+[xaz]?\s*=?\s*[-+−]?\d)/i;

export function slopeMaximum(m: string): Calculation | undefined {
  // "… and why does it matter?" asks for the reason too, which the lesson's passage gives.
  if (
    !ASKS_MAX.test(m) ||
    asksForReason(m) ||
    AT_A_POINT.test(m) ||
    /\d/.test(m.replace(/[a-z]_?\d/gi, ""))
  )
    return undefined;
  const hit = rx(SLOPE).exec(m);
  const name = hit ? fnName(hit[1] ?? hit[2] ?? "") : undefined;
  if (!name) return undefined;
  const gamma = ACTIVATIONS[name].gamma;
  const where =
    name === "tanh"
      ? `$\\tanh'(a) = 1 - \\tanh^2(a)$ is largest at $a = 0$, where $\\tanh(0) = 0$`
      : name === "sigmoid"
        ? `$\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))$ is largest at $a = 0$, where $\\sigma(0) = 0.5$ gives $0.5 \\times 0.5$`
        : `ReLU's slope is 1 wherever the unit is on and 0 where it is off`;
  return {
    text: `It is **${f(gamma)}**: ${where}, so ${name}' ≤ ${f(gamma)} everywhere. That is γ in the bound $\\|\\partial h_t/\\partial h_{t-1}\\| \\le \\gamma\\,\\sigma_{\\max}(W)$: each step's factor is at most ${f(gamma)} times the largest singular value of W.`,
    lessonId: BPTT,
  };
}
