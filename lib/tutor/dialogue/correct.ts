/**
 * A calculation or a run whose message also states a catalogued misconception ("clip (0.5, 10)
 * at 5: the 0.5 stays…"): the correction opens the reply and the id is recorded, as on the
 * explanation path, so the instructor's view counts it wherever it was voiced.
 */
import { calculationClaims } from "../answer/calc-claims";
import { asksWhether } from "../answer/asks-whether";
import { detectMisconceptions } from "../answer/misconceptions";
import { correctionFor } from "../answer/misconception-key-facts";
import { hypothetical } from "./followup";
import { testedBy, type Decision, type Turn } from "./turn";

export function withCorrection(
  turn: Turn,
  decision: Decision,
  message: string,
  options: { calculation: boolean },
): Decision {
  const ids = [
    ...new Set([
      // A supposition ("what if the forget gate is stuck at 1?") claims nothing to correct.
      ...(hypothetical(message) ? [] : detectMisconceptions(message)),
      ...(options.calculation ? calculationClaims(message) : []),
    ]),
  ];
  // The open question tests one of them: the correction would answer it.
  if (ids.length === 0 || ids.some((id) => testedBy(turn.guards, id))) return decision;
  const found = ids.map((id) => correctionFor(id, message)).find((m) => m !== undefined);
  if (!found) return decision;
  const opener = asksWhether(message) ? "No: " : "Not quite: ";
  const recorded = new Set([...(decision.reply.misconceptions ?? []), found.id]);
  return {
    ...decision,
    reply: {
      ...decision.reply,
      reply: `${opener}${found.correction}\n\n${decision.reply.reply}`,
      misconceptions: [...recorded],
    },
  };
}
