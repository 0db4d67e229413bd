/**
 * A calculation or a run whose message also states a catalogued misconception ("clip (0.5, 10)
 * at 5: the 0.5 stays…"): the correction opens the reply and the id is recorded, as on the
 * explanation path, so the instructor's view counts it wherever it was voiced.
 */
import { calculationClaims } from "../answer/calc-claims";
import { asksWhether } from "../answer/asks-whether";
import { detectMisconceptions } from "../answer/misconceptions";
import { correctionFor } from "../answer/misconception-key-facts";
import { misconceptionLesson } from "../answer/pool";
import { getLesson } from "@/lib/content";
import type { Citation } from "../types";
import { RIGHT_RESULT } from "./calc-verdict";
import { hypothetical } from "./followup";
import { testedBy, type Decision, type Turn } from "./turn";

/** "so …", "ok so …" open a message without giving a reason. */
const LEAD_IN = /^\s*(?:(?:ok(?:ay)?|and|so|right)[,\s]+)+/i;
/** A reason or a rule given beside the result: that part can still be a misconception. */
const GIVES_REASON = /\b(?:because|since|as|so|always|every|never|any|all)\b|\bcos\b|\bbc\b/i;

export function withCorrection(
  turn: Turn,
  decision: Decision,
  message: string,
  options: { calculation: boolean },
): Decision {
  // "clip (6, 8) at 5 gives (3, 4), correct?": a right result stated with no reason claims
  // nothing beyond itself, whatever its words resemble.
  const rightAlone =
    decision.reply.reply.startsWith(RIGHT_RESULT) &&
    !GIVES_REASON.test(message.replace(LEAD_IN, ""));
  const ids = [
    ...new Set([
      // A supposition ("what if the forget gate is stuck at 1?") claims nothing to correct.
      ...(hypothetical(message) || rightAlone ? [] : detectMisconceptions(message)),
      ...(options.calculation ? calculationClaims(message) : []),
    ]),
  ];
  // The open question tests one of them: the correction would answer it.
  if (ids.length === 0 || ids.some((id) => testedBy(turn.guards, id))) return decision;
  const found = ids.map((id) => correctionFor(id, message)).find((m) => m !== undefined);
  if (!found) return decision;
  const recorded = new Set([...(decision.reply.misconceptions ?? []), found.id]);
  // A right result on a wrong reason: say both, not "No:" before "Yes, that's right."
  const rightResult = decision.reply.reply.startsWith(RIGHT_RESULT);
  const opener = rightResult
    ? "Your result is right, but not the reason: "
    : asksWhether(message)
      ? "No: "
      : "Not quite: ";
  const rest = rightResult
    ? decision.reply.reply.slice(RIGHT_RESULT.length).trimStart()
    : decision.reply.reply;
  return {
    ...decision,
    reply: {
      ...decision.reply,
      reply: `${opener}${found.correction}\n\n${rest}`,
      citations: correctionCitedFirst(found.id, decision.reply.citations),
      misconceptions: [...recorded],
    },
  };
}

/**
 * The reply opens with the correction, so it cites first the lesson that teaches it, not the
 * calculation's or the run's lesson: "x_T ≈ 58.7, so dx_T/dw is 58.7 too" is answered from
 * where a derivative is told apart from its value.
 */
function correctionCitedFirst(id: string, citations: readonly Citation[]): Citation[] {
  const lesson = getLesson(misconceptionLesson(id) ?? "");
  if (!lesson) return [...citations];
  const rest = citations.filter((c) => c.id !== lesson.id);
  return [{ id: lesson.id, title: lesson.title }, ...rest].slice(0, 3);
}
