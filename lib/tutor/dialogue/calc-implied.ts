/**
 * A length asked of a thread whose question was no calculation: "why is a forget bias of 0
 * bad?", then "over 30 steps?"; "so with forget bias 5 the cell keeps about 0.51 after 100
 * steps", then "and 1000 steps?". The thread named the setting (a bias, a factor, a weight) and
 * the follow-up names only how far back; what it asks is how much of the gradient survives.
 */
import { calculate } from "../answer/calc";
import { QUANTITIES } from "./calc-quantities";
import { findNumbers } from "../numbers";

/** The question every such calculation answers, asked of the thread's own settings. */
const SURVIVES = "how much of the gradient is left";

/** A run asked for is run, not computed: its follow-ups vary the run. */
const RUN = /\b(?:run|re-?run|simulate|plot|sweep|show me)\b/i;

/** "over 30 steps?", "and after 1000 steps?", "T = 80 then": one number, and it is a length. */
export function onlyLength(message: string): boolean {
  const words = message.trim().split(/\s+/).length;
  return words <= 6 && findNumbers(message).length === 1 && (QUANTITIES[0]?.test(message) ?? false);
}

/**
 * The thread's question as the calculation it implies, with the length the follow-up names:
 * `base` is the question to vary when the thread named a length of its own (the follow-up then
 * replaces it), `joined` the question with the follow-up's length added when it named none.
 */
export function impliedCalculation(
  asked: string,
  message: string,
): { base?: string; joined?: string } | undefined {
  if (RUN.test(asked) || calculate(asked) || !onlyLength(message)) return undefined;
  const stem = asked.trim().replace(/[\s?.!:;,]+$/, "");
  const base = `${stem}: ${SURVIVES}?`;
  if (calculate(base)) return { base };
  const joined = `${stem}: ${SURVIVES} ${message.trim().replace(/^(?:and|so|ok(?:ay)?|then)[,\s]+/i, "")}`;
  return calculate(joined) ? { joined } : undefined;
}
