/**
 * What a gradient keeps over one length, carried to another with the same per-step factors:
 * "across a 20 step gap it comes out around 1e-3; with the same weights, across 60?" is
 * (1e-3)^(60/20). And the per-step factor itself, "fell to 1e-4 over 25 steps; what factor per
 * step?", is (1e-4)^(1/25). A share kept over many steps is never the per-step factor.
 */
import { formatCaptionNumber } from "@/lib/sim";
import { findNumbers, type NumberMention } from "../numbers";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** "20 steps", "a 20-step gap", "T = 20": a length, with where it sits. */
const LENGTH = /(?<![\d.])(\d+)[\s-]*(?:time[\s-]?)?steps?\b|\bT\s*=\s*(\d+)\b/gi;
/** The factors stay what they were: only the length changes. */
const SAME =
  /\bsame\b|\bconstant\b|\bunchanged\b|\bidentical\b|\bequal factors\b|\bat (?:that|this|the same) rate\b|\bif (?:the )?(?:factors?|rate) (?:stays?|is|are)\b/i;
/** Asks for the factor each step contributes ("what factor per step?", "what's that factor?"). */
const ASKS_FACTOR = /\b(?:what|which|how big|how large)\b[^.?]*\b(?:factor|ratio|multiplier)\b/i;
/** "a factor of 0.9", "per-step factor 0.9": the factor is given, not asked for. */
const FACTOR_GIVEN = /\b(?:factor|ratio|multiplier)\s*(?:of|is|=|:)?\s*[-+−]?\.?\d/i;

interface Length {
  steps: number;
  start: number;
  end: number;
}

function lengthsOf(m: string): Length[] {
  return [...m.matchAll(LENGTH)].map((hit) => ({
    steps: Number(hit[1] ?? hit[2]),
    start: hit.index,
    end: hit.index + hit[0].length,
  }));
}

/**
 * The share kept: the one number outside every length, between 0 and 1. A message with more
 * numbers ("factors 0.9, 0.8 and 1.1") lists factors to multiply, not a share.
 */
function shareOf(m: string, lengths: Length[]): NumberMention | undefined {
  const outside = findNumbers(m).filter(
    (n) => !lengths.some((l) => n.start < l.end && n.end > l.start),
  );
  const [only] = outside;
  return outside.length === 1 && only && only.value > 0 && only.value < 1 ? only : undefined;
}

/** "1e-3 over 20 steps; same factors, what over 60 steps?": (1e-3)^(60/20). */
export function sameFactorsOverLength(m: string): Calculation | undefined {
  if (!SAME.test(m)) return undefined;
  const lengths = lengthsOf(m);
  const [known, asked] = lengths;
  if (lengths.length !== 2 || !known || !asked || known.steps === asked.steps) return undefined;
  const share = shareOf(m, lengths);
  if (!share || !(known.steps > 0 && asked.steps > 0)) return undefined;
  const [r, t1, t2] = [share.value, known.steps, asked.steps];
  const v = r ** (t2 / t1);
  return {
    text: `About **${f(v)}**: the same factors over ${f(t2)} steps give $(${f(r)})^{${f(t2)}/${f(t1)}} = ${f(v)}$ (a per-step factor of $(${f(r)})^{1/${f(t1)}} = ${f(r ** (1 / t1))}$, applied ${f(t2)} times). A product of equal factors changes exponentially with the length.`,
    lessonId: BPTT,
  };
}

/** "fell to 1e-4 over 25 steps: what factor per step?": the T-th root of the share. */
export function perStepFromShare(m: string): Calculation | undefined {
  if (!ASKS_FACTOR.test(m) || FACTOR_GIVEN.test(m)) return undefined;
  const lengths = lengthsOf(m);
  const [only] = lengths;
  if (lengths.length !== 1 || !only || !(only.steps > 0)) return undefined;
  const share = shareOf(m, lengths);
  if (!share) return undefined;
  const s = share.value ** (1 / only.steps);
  return {
    text: `It is **${f(s)}** per step: equal factors over ${only.steps} steps multiply to $s^{${only.steps}} = ${f(share.value)}$, so $s = (${f(share.value)})^{1/${only.steps}} = ${f(s)}$ (check: $${f(s)}^{${only.steps}} = ${f(s ** only.steps)}$).`,
    lessonId: BPTT,
  };
}
