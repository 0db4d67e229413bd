import { z } from "zod";
import type { ParamDefs } from "@/lib/sim/scenario-types";

/**
 * How a learner moved the lesson plot's sliders while a question was open, sent with the try
 * it led to. The browser records a move once the slider has been still for a moment
 * (EXPLORATION_SETTLE_MS) and keeps the latest EXPLORATION_MAX_MOVES of a try, dropping the
 * oldest. The shape is checked here; the parameter names and ranges depend on the question's
 * scenario, so the server checks them with `explorationWithin(scenario.params)`.
 */

/** A slider move is recorded once its value has been still this long. */
export const EXPLORATION_SETTLE_MS = 400;
/** At most this many moves per try; the browser keeps the latest and drops the oldest. */
export const EXPLORATION_MAX_MOVES = 50;
/** Times are ms since the question was shown: at most a day, as timeTakenMs. */
const MAX_T = 86_400_000;

export const ExplorationMove = z.object({
  param: z
    .string({ error: "param must be a parameter name" })
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, "param must be a parameter name"),
  value: z.number({ error: "value must be a finite number" }),
  t: z
    .number({ error: "t must be a number of milliseconds" })
    .int("t must be an integer")
    .min(0, "t must be >= 0")
    .max(MAX_T, "t must be at most one day"),
});
export type ExplorationMove = z.infer<typeof ExplorationMove>;

export const Exploration = z
  .array(ExplorationMove, { error: "exploration must be a list of moves" })
  .max(EXPLORATION_MAX_MOVES, `exploration holds at most ${EXPLORATION_MAX_MOVES} moves`)
  .superRefine((moves, ctx) => {
    moves.forEach((move, i) => {
      const before = moves[i - 1];
      if (before && move.t < before.t) {
        ctx.addIssue({
          code: "custom",
          path: [i, "t"],
          message: "t must not be earlier than the move before it",
        });
      }
    });
  });
export type Exploration = z.infer<typeof Exploration>;

/**
 * The moves checked against a scenario's parameters: each names one of its sliders (a number
 * parameter) and stays within that slider's range (whole numbers where the slider is).
 */
export function explorationWithin(defs: ParamDefs) {
  return Exploration.superRefine((moves, ctx) => {
    moves.forEach((move, i) => {
      const def = Object.hasOwn(defs, move.param) ? defs[move.param] : undefined;
      if (def?.kind !== "number") {
        ctx.addIssue({
          code: "custom",
          path: [i, "param"],
          message: `${move.param} is not a slider of this question's plot`,
        });
      } else if (move.value < def.min || move.value > def.max) {
        ctx.addIssue({
          code: "custom",
          path: [i, "value"],
          message: `${move.param} must be between ${def.min} and ${def.max}`,
        });
      } else if (def.integer && !Number.isInteger(move.value)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "value"],
          message: `${move.param} must be a whole number`,
        });
      }
    });
  });
}
