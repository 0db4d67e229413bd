/**
 * "where does the 0.5 come from?", "how did you get that number?", "and the 1 comes from where?":
 * the learner asks for the working behind a number or a step of the last answer. After a
 * calculation the working is that calculation, said again in full; otherwise it is the reason the
 * course gives for it, searched in the thread's terms. The question is recognised in
 * followup-kinds.ts.
 */
import { calculate } from "../answer/calc";
import { findNumbers } from "../numbers";
import { explain } from "./actions";
import { calcDecision } from "./calc-thread";
import type { Decision, Turn } from "./turn";

export function originOf(
  turn: Turn,
  subject: string,
  message: string,
  common: Parameters<typeof explain>[2],
): Decision {
  const { asked, topic } = turn.state;
  const calc = asked ? calculate(asked) : undefined;
  // A number that the calculation never wrote ("where does the 0.5 come from?" after a power of
  // 0.9) is not its working: the course's reason for that number is.
  const numbers = findNumbers(subject).map((n) => n.raw);
  if (calc && asked && numbers.every((n) => calc.text.includes(n)))
    return calcDecision(calc, asked, topic);
  return explain(turn, `why ${subject.replace(/^(?:that|this|the)\s+/i, "")}: ${message}`, {
    ...common,
    kind: "why",
    prefer: "reason",
  });
}
