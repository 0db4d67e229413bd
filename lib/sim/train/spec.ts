/**
 * TrainSpec: the one zod schema for a training run (CLI flags, a worker message, tests).
 * Errors name the field and the allowed range (SimInputError via fromZodError).
 */
import { z } from "zod";
import { bool, enumOf, intIn, numIn } from "../errors-zod";
import { TASK_IDS } from "./tasks";

export const MODEL_NAMES = ["lstm", "lstm-1997", "gru", "rnn", "irnn"] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export const TrainSpec = z
  .object({
    task: enumOf(TASK_IDS).default("adding"),
    lag: intIn(1, 1000).default(50),
    /** lstm (forget gate), lstm-1997 (no forget gate), gru, rnn (tanh), irnn (ReLU, W_hh = I). */
    model: enumOf(MODEL_NAMES).default("lstm"),
    hidden: intIn(1, 256).default(16),
    batch: intIn(1, 1024).default(32),
    iterations: intIn(1, 1_000_000).default(2000),
    optimizer: enumOf(["adam", "sgd"]).default("adam"),
    /** Default: 0.01 for adam, 0.1 for sgd. */
    lr: numIn(1e-8, 10).optional(),
    momentum: numIn(0, 0.999).default(0.9),
    beta1: numIn(0, 0.999).default(0.9),
    beta2: numIn(0, 0.99999).default(0.999),
    epsilon: numIn(1e-12, 1).default(1e-8),
    /** Gradient-norm clipping threshold; 0 = off. */
    clip: numIn(0, 1e6).default(0),
    /** Truncated BPTT: backpropagate through the last `window` steps only; 0 = full. */
    window: intIn(0, 5000).default(0),
    forgetBias: numIn(-10, 10).default(1),
    seed: intIn(0, 4294967295).default(0),
    /** Stop at the first iteration the solved criterion holds. */
    stopWhenSolved: bool().default(false),
  })
  .strict()
  .superRefine((s, ctx) => {
    const min = s.task === "temporal-order" ? 10 : s.task === "adding" ? 2 : 1;
    if (s.lag < min)
      ctx.addIssue({
        code: "custom",
        path: ["lag"],
        message: `task "${s.task}" needs lag >= ${min}, got ${s.lag}`,
        input: s.lag,
      });
    const work = s.batch * (s.lag + 1) * s.hidden * (s.hidden + 8);
    if (work > 5e8)
      ctx.addIssue({
        code: "custom",
        path: ["batch"],
        message: `batch * (lag + 1) * hidden * (hidden + 8) must be <= 5e8 per iteration, got ${work}`,
        input: s.batch,
      });
  });

export type TrainSpec = z.infer<typeof TrainSpec>;
export type TrainSpecInput = z.input<typeof TrainSpec>;
