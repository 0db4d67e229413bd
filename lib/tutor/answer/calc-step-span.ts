/**
 * How many steps lie between two steps a message names, whatever the wording: "from step 30
 * back to 0", "loss at step 25 … dL/dh_5", "between h_3 and h_45", "t=40 … h_10", "from 100 to
 * 1". Each step is read by what marks it as a step (a state's subscript, "step", "t =", "time
 * step"), so the sentence around them does not matter.
 */
import { rx } from "./calc-read";

/** A step written as a position: "step 25", "h_5", "h_{30}", "t=40", "k = 1", "timestep 7", "position 12". */
const STEP_MARK = String.raw`(?:\b(?:time ?step|step|position|token|frame|t)\s*(?:=|#|no\.?)?\s*|\bk\s*=\s*|\bd?[hcx]_?\{?)(\d+)(?!\d|\.\d|\s*(?:time ?)?steps)`;
/** "from 100 (back/down) to 1", "between 40 and 10": two bare numbers as the ends of a span. */
const BARE_ENDS = String.raw`\b(?:from|between)\s+(\d+)\s+(?:(?:back|down|up)\s+)?(?:to|and|->|→)\s+(\d+)(?!\d|\.\d|\s*(?:time ?)?steps)`;

/** "step 80 to 30", "t=80 -> 30", "h_80 down to 30": a marked step, then the span's other end. */
const MARKED_TO = String.raw`${STEP_MARK}\}?\s*(?:(?:back|down)\s*)?(?:to|and|->|→)\s*(?:step\s*|t\s*=\s*|h_?\{?)?(\d+)(?!\d|\.\d|\s*(?:time ?)?steps)`;

/** The steps named in the message, in order of appearance (a step may repeat). */
export function stepsNamed(m: string): number[] {
  const ends = rx(BARE_ENDS).exec(m) ?? rx(MARKED_TO).exec(m);
  if (ends) return [Number(ends[1]), Number(ends[2])];
  const marked = [...m.matchAll(new RegExp(STEP_MARK, "gi"))].map((x) => Number(x[1]));
  // "… back to 0" after a marked step: the end of the span said as a bare number.
  const end = /\b(?:back|down)\s+to\s+(\d+)(?!\d|\.\d)/i.exec(m);
  return end && marked.length === 1 ? [...marked, Number(end[1])] : marked;
}

/** The number of steps between the earliest and the latest step named; undefined with fewer than two. */
export function stepSpan(m: string): { from: number; to: number; n: number } | undefined {
  const steps = stepsNamed(m);
  if (new Set(steps).size < 2) return undefined;
  const [hi, lo] = [Math.max(...steps), Math.min(...steps)];
  return { from: hi, to: lo, n: hi - lo };
}
