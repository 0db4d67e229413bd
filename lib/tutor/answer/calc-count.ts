/**
 * How many one-step Jacobians a gradient between two steps multiplies, read from the two steps
 * however they are named ("loss at step 25 … dL/dh_5", "between h_3 and h_45", "from step 100
 * back to 1"): ∂h_hi/∂h_lo is a product of hi − lo of them.
 */
import { stepSpan } from "./calc-step-span";
import type { Calculation } from "./calculation";

const BPTT = "bptt-basics";

/** Asks for a count of the factors in the chain, not for their product. */
const ASKS_COUNT =
  /\b(?:how many|number of|count(?: of)?|how long is the chain)\b[^.?]*?\b(?:jacobians?|factors?|matri(?:x|ces)|multiplications?|terms?|products?|links?)\b|\b(?:jacobians?|factors?|matri(?:x|ces)|multiplications?|terms?)\b[^.?]*?\bhow many\b/i;

/**
 * The looser reading too: "how many" and the counted noun anywhere in the message, in either
 * order, as a calculation continued on the thread's words is read.
 */
const asksHowManyAnywhere = (m: string) =>
  /\bhow many\b/i.test(m) && /jacobian|factor|matri|multiplication/i.test(m);

export function jacobianCountBySteps(m: string): Calculation | undefined {
  if (!ASKS_COUNT.test(m) && !asksHowManyAnywhere(m)) return undefined;
  const span = stepSpan(m);
  if (!span || span.n < 1) return undefined;
  const { from: hi, to: lo, n } = span;
  return {
    text: `It is **${n}**: the gradient from step ${hi} back to step ${lo}, $\\partial h_{${hi}}/\\partial h_{${lo}} = \\prod_{t=${lo + 1}}^{${hi}} \\partial h_t/\\partial h_{t-1}$, is a product of ${hi} − ${lo} = ${n} one-step Jacobians, one per step the gradient travels back.`,
    lessonId: BPTT,
  };
}
