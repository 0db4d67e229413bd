/**
 * A product of per-step factors the learner lists ("factors 0.9, 0.7, 1.2, 0.5, 0.8, what's the
 * total gain?", "jacobian norms 0.5 0.6 0.7 0.8"): BPTT multiplies one factor per step, so the
 * gradient's overall scale is their product. Read from any list of three or more numbers beside
 * a per-step noun or a word for the combined result.
 */
import { formatCaptionNumber } from "@/lib/sim";
import { asksForNumber } from "./calc-asks";
import { NUM } from "./calc-read";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** Three or more numbers separated by commas, semicolons, "and", "then", "×", "x" or spaces alone. */
const LIST = new RegExp(
  String.raw`(?<![\w.^_{])${NUM}(?:\s*(?:,\s*and|,|;|×|\*|\bx\b|\band\b|\bthen\b)\s*${NUM}|\s+${NUM}){2,}(?![\w.]|\s*(?:time ?)?steps)`,
  "gi",
);
/** What the listed numbers are: per-step factors of one kind or another. */
const PER_STEP =
  /\b(?:factors?|gains?|multipliers?|jacobians?|norms|(?:forget )?gates|derivatives|slopes|ratios|scales|per[- ]step|each step|one per step|steps?)\b/i;
/** The combined result of the listed factors. */
const COMBINED =
  /\b(?:total|overall|combined|net|cumulative|altogether|together|end[- ]to[- ]end|product|all of them|in all|multiplied|compound\w*|(?:final|resulting) (?:gradient|scale|size|norm))\b/i;
/** A vector whose length or clipping is asked: its entries are components, not factors. */
const VECTOR_ASKED =
  /\bclip|\bthreshold\b|θ|\bnorm of (?:the |a |this )?(?:gradient|vector)\b|\blength of\b/i;

export function listedProduct(m: string): Calculation | undefined {
  if (VECTOR_ASKED.test(m) || !asksForNumber(m)) return undefined;
  if (!PER_STEP.test(m) && !COMBINED.test(m)) return undefined;
  const lists = [...m.matchAll(LIST)];
  if (lists.length !== 1) return undefined;
  const nums = (lists[0]?.[0].match(new RegExp(NUM, "g")) ?? []).map((x) =>
    Number(x.replace("−", "-")),
  );
  if (nums.length < 3 || nums.length > 50 || nums.some((x) => !Number.isFinite(x)))
    return undefined;
  const v = nums.reduce((a, b) => a * b, 1);
  const trend =
    v < 1
      ? "The product is below 1: the gradient shrinks"
      : v > 1
        ? "The product is above 1: it grows"
        : "The product is 1: it keeps its size";
  return {
    text: `It is about **${f(v)}**: one factor per step multiplies, ${nums.map(f).join(" × ")} = ${f(v)}. ${trend} over these ${nums.length} steps, which is how a run of factors below 1 vanishes and a run above 1 explodes.`,
    lessonId: BPTT,
  };
}
