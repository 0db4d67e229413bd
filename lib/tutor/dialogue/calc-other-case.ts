/**
 * A calculation asked again of another case: "derivative of tanh at 0", then "and for
 * sigmoid?"; "forget bias 2, 50 steps, how much is left?", then "and for a GRU?".
 */
import { calculate, type Calculation } from "../answer/calc";
import { calcDecision } from "./calc-thread";
import { stackSwapped } from "./calc-stack-swap";
import { sameQuestionAbout } from "./subject";
import type { Decision } from "./turn";

const ACTIVATION_WORD = /\b(?:tanh|sigmoid|relu|linear)\b/i;

/** "Derivative of tanh at 0" then "and for sigmoid?": the same calculation with that function. */
export function calcFollowUp(asked: string | undefined, subject: string): Decision | undefined {
  if (!asked) return undefined;
  const swap = ACTIVATION_WORD.exec(subject)?.[0];
  // "forget bias 2, 50 steps, how much is left?", then "and for a GRU?": the GRU's own gate.
  const message =
    swap && ACTIVATION_WORD.test(asked)
      ? asked.replace(ACTIVATION_WORD, swap)
      : calculate(asked)
        ? (stackSwapped(asked, subject) ?? sameQuestionAbout(asked, subject))
        : undefined;
  const calc = message ? calculate(message) : undefined;
  return calc && message ? calcDecision(sameResultSaid(calc, asked), message) : undefined;
}

/** The bold result of a calculation's text. */
const resultOf = (text: string | undefined) => /\*\*([^*]+)\*\*/.exec(text ?? "")?.[1];

/**
 * "the lstm's cell path with forget bias 3 …", then "and for the gru?": when the other case
 * comes out at the same number, the reply says so rather than leave the learner to compare.
 */
function sameResultSaid(calc: Calculation, asked: string): Calculation {
  const before = calculate(asked)?.text;
  const result = resultOf(calc.text);
  if (!result || before === calc.text || resultOf(before) !== result) return calc;
  return { ...calc, text: `${calc.text} That is the same result as before, ${result}.` };
}
