/**
 * How long a constant per-step factor takes to reach a level ("after how many steps is 0.8^n
 * below 1e-6?", "1.1^T first exceeds 1000"), and the same factors over another length ("1e-3
 * after 20 steps; what after 40?").
 */
import { formatCaptionNumber } from "@/lib/sim";
import { workingNumber } from "./calc-digits";
import { N, num, rx } from "./calc-read";
import { stepFactorOf } from "./calc-step-factor";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** "each step keeps 0.8 …, after how many steps is it first below 1e-6?" */
export function stepsUntil(m: string): Calculation | undefined {
  // "the smallest integer T with 0.95^T below 1e-3", "the fewest steps", "how long until" ask
  // the same as "after how many steps".
  if (
    !/\bhow many (?:time ?)?steps\b|\bafter how many\b|\bhow long (?:until|till|before|does|do|will|would|can)\b|\b(?:number of|many) steps (?:until|till|before)\b|\bwhen (?:does|is|will)\b|\b(?:smallest|least|fewest|minimum|first)\s+(?:(?:integer|whole|natural|number|of)\s+)*(?:[Tnk]|steps?)\b/i.test(
      m,
    )
  )
    return undefined;
  const factor = stepFactorOf(m);
  if (!factor || !Number.isFinite(factor.s)) return undefined;
  const { s, why } = factor;
  const lessonId = factor.lessonId ?? BPTT;
  if (s > 1) return stepsUntilAbove(m, s, why);
  const target = levelOf(m, s);
  if (!(s > 0 && s < 1 && target > 0 && target < 1)) return undefined;
  const exact = Math.log(target) / Math.log(s);
  const n = Math.floor(exact) + 1;
  if (SURVIVES.test(m)) return survivalSteps(s, target, exact, why, lessonId);
  return {
    text: `After **${n}** steps: ${why}$${f(s)}^n < ${f(target)}$ when $n > \\ln(${f(target)})/\\ln(${f(s)}) = ${f(exact)}$, so the first whole step is ${n} ($${f(s)}^{${n}} = ${f(s ** n)}$, while $${f(s)}^{${n - 1}} = ${f(s ** (n - 1))}$).`,
    lessonId,
  };
}

/** "how many steps does it survive", "stays above 1e-3 for how long": the steps before it falls below. */
const SURVIVES =
  /\bsurviv\w*|\b(?:stays?|remains?|lasts?|keeps?)\b[^.?]*\b(?:above|over|more than|at least)\b|\bhow long\b[^.?]*\blasts?\b/i;

function survivalSteps(
  s: number,
  target: number,
  exact: number,
  why: string,
  lessonId: string,
): Calculation {
  const last = Math.floor(exact);
  return {
    text: `It survives about **${last}** steps: ${why}$${f(s)}^n$ stays at or above ${f(target)} while $n \\le \\ln(${f(target)})/\\ln(${f(s)}) = ${workingNumber(exact)}$, so step ${last} is the last above it ($${f(s)}^{${last}} = ${f(s ** last)}$) and at step ${last + 1} it has fallen below ($${f(s)}^{${last + 1}} = ${f(s ** (last + 1))}$).`,
    lessonId,
  };
}

/** A growing product, "1.1^T first exceeds 1000": the first whole step past the level. */
function stepsUntilAbove(m: string, s: number, why: string): Calculation | undefined {
  const above = rx(
    String.raw`(?:\b(?:exceeds?|above|over|more than|greater than|bigger than|larger than|past|pass(?:es)?|cross(?:es)?|hits?|tops?|grows? to|reach(?:es)?)|>)\s*${N}`,
  ).exec(m);
  const target = num(above?.[1]);
  if (!(target > 1)) return undefined;
  const exact = Math.log(target) / Math.log(s);
  const n = Math.floor(exact) + 1;
  return {
    text: `After **${n}** steps: ${why}$${f(s)}^n > ${f(target)}$ when $n > \\ln(${f(target)})/\\ln(${f(s)}) = ${f(exact)}$, so the first whole step is ${n} ($${f(s)}^{${n}} = ${f(s ** n)}$, while $${f(s)}^{${n - 1}} = ${f(s ** (n - 1))}$). A factor above 1 grows geometrically: the gradient explodes.`,
    lessonId: BPTT,
  };
}

/**
 * The level a shrinking product must fall below: "below 1e-3", "to drop to 0.01", or "0.1% of
 * the gradient" (a share that is not the per-step factor itself).
 */
/** "less than a millionth of the gradient": the level said as a fraction word. */
const PARTS: Record<string, number> = {
  tenth: 0.1,
  hundredth: 0.01,
  thousandth: 1e-3,
  millionth: 1e-6,
  billionth: 1e-9,
};

function levelOf(m: string, factor: number): number {
  const below = rx(
    String.raw`(?:\b(?:below|under|less than|smaller than|drops? to|falls? to|fallen to|down to|reach(?:es)?)|<)\s*${N}`,
  ).exec(m);
  if (below) return num(below[1]);
  // "survives how many steps above 1e-3": for a shrinking product the level it stays above.
  const above = rx(
    String.raw`(?:\b(?:above|over|more than|greater than|bigger than|at least)|>|≥)\s*${N}`,
  ).exec(m);
  const kept = num(above?.[1]);
  if (kept > 0 && kept < 1 && kept !== factor) return kept;
  const part =
    /\b(?:below|under|less than|smaller than)\s+(?:a|one)\s+(tenth|hundredth|thousandth|millionth|billionth)\b/i.exec(
      m,
    )?.[1];
  if (part) return PARTS[part.toLowerCase()] ?? NaN;
  // "0.1% of the gradient", "until only 0.01 is left": a share that is not the factor itself.
  const share =
    rx(String.raw`${N}\s+of\s+(?:the|its)\s+(?:original\s+)?(?:gradient|size|signal|value)`).exec(
      m,
    ) ??
    rx(
      String.raw`\bonly\s+${N}\s+(?:of\s+it\s+)?(?:is\s+|are\s+)?(?:left|remains?|survives?)`,
    ).exec(m);
  const v = num(share?.[1]);
  return v !== factor ? v : NaN;
}

/** "1e-3 of its size after 20 steps; same per-step factors, what after 40 steps?" */
export function sameFactorsLonger(m: string): Calculation | undefined {
  const known = rx(String.raw`${N}\s*(?:of its|of the|of)?[^?.]{0,30}?\bafter\s+${N}\s*steps`).exec(
    m,
  );
  if (!known) return undefined;
  const rest = m.slice(known.index + known[0].length);
  const asked = rx(String.raw`\bafter\s+${N}\s*steps`).exec(rest);
  if (!asked || !/\bsame\b|\bconstant\b|\bif (?:the )?factors?\b/i.test(m)) return undefined;
  const [r, t1, t2] = [num(known[1]), num(known[2]), num(asked[1])];
  if (!(r > 0 && t1 > 0 && t2 > 0)) return undefined;
  const perStep = r ** (1 / t1);
  const v = r ** (t2 / t1);
  return {
    text: `About **${f(v)}**: the same factors over ${f(t2)} steps give $(${f(r)})^{${f(t2)}/${f(t1)}} = ${f(v)}$ (a per-step factor of $${f(r)}^{1/${f(t1)}} = ${f(perStep)}$, applied ${f(t2)} times). A product of equal factors changes exponentially with the length.`,
    lessonId: BPTT,
  };
}
