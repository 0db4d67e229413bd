/**
 * "where does the 0.5 come from?", "how did you get that number?", "and the 1 comes from where?":
 * the learner asks for the working behind a number or a step of the last answer. After a
 * calculation the working is that calculation, said again in full; otherwise it is the reason the
 * course gives for it, searched in the thread's terms.
 */
import { calculate } from "../answer/calc";
import { findNumbers } from "../numbers";
import { explain } from "./actions";
import { calcDecision } from "./calc-thread";
import type { Decision, Turn } from "./turn";

const LEAD = String.raw`^(?:(?:ok(?:ay)?|and|but|so|wait|hang on|hold on|sorry|um+|hm+)[,.!]*\s+)*`;
const THING = String.raw`(.{1,40}?)`;
const ORIGIN = new RegExp(
  `${LEAD}(?:where (?:does|did|do) ${THING} come from|where(?:'s| is| are) ${THING} from|how (?:did|do|does) (?:you|they|we|one|it) (?:get|arrive at|end up with) ${THING}|how (?:is|was|are|were) ${THING} (?:computed|calculated|derived|worked out|obtained|got)|${THING} comes? from where)(?:\\s+(?:exactly|again|then|though|tho))*\\s*[?!.]*$`,
  "i",
);

/** What the origin question asks about ("the 0.5", "that number"), or undefined when it asks none. */
export function asksOrigin(message: string): string | undefined {
  const m = ORIGIN.exec(message.trim());
  if (!m) return undefined;
  return m
    .slice(1)
    .find((g) => g !== undefined)
    ?.trim();
}

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
