import { z } from "zod";
import type { TaskId } from "@/lib/sim/train";
import { contract } from "./http";

/**
 * The training lab's "predict before you run": the learner commits which models will solve a
 * task at the lab's settings, runs it, and the page records what happened.
 */

/** The four cells the lab trains side by side (app/_components/train/train-protocol.ts). */
export const PREDICTION_MODELS = ["rnn", "irnn", "lstm", "gru"] as const;
export const PredictionModel = z.enum(PREDICTION_MODELS);
export type PredictionModel = z.infer<typeof PredictionModel>;

const TASKS = ["adding", "remember-bit", "temporal-order"] as const satisfies readonly TaskId[];

/** The lab's bounds, one place for the page's parameters and for this contract. */
export const TRAIN_BOUNDS = {
  lag: { min: 1, max: 200, integer: true },
  hidden: { min: 2, max: 64, integer: true },
  lr: { min: 0.0005, max: 0.1, integer: false },
  seed: { min: 0, max: 1000, integer: true },
  forgetBias: { min: -3, max: 6, integer: false },
  iterations: { min: 50, max: 5000, integer: true },
} as const;

const bounded = (name: keyof typeof TRAIN_BOUNDS) => {
  const b = TRAIN_BOUNDS[name];
  const base = z
    .number({ error: `${name} must be a number` })
    .min(b.min, `${name} must be at least ${b.min}`)
    .max(b.max, `${name} must be at most ${b.max}`);
  return b.integer ? base.int(`${name} must be a whole number`) : base;
};

/** The settings a prediction is about: the lab's parameters (the shortest lag per task is the service's check). */
export const TrainSettings = z
  .object({
    task: z.enum(TASKS, { error: `task must be one of ${TASKS.join(", ")}` }),
    lag: bounded("lag"),
    hidden: bounded("hidden"),
    lr: bounded("lr"),
    seed: bounded("seed"),
    forgetBias: bounded("forgetBias"),
    iterations: bounded("iterations"),
  })
  .strict();
export type TrainSettings = z.infer<typeof TrainSettings>;

export const CommitPredictionInput = z
  .object({
    settings: TrainSettings,
    /** The models the learner expects to solve it; an empty list predicts that none will. */
    predicted: z.array(PredictionModel).max(PREDICTION_MODELS.length),
  })
  .strict()
  .refine((input) => new Set(input.predicted).size === input.predicted.length, {
    path: ["predicted"],
    message: "predicted lists a model twice",
  });
export type CommitPredictionInput = z.infer<typeof CommitPredictionInput>;

const solvedAt = z.number().int().min(0).max(TRAIN_BOUNDS.iterations.max).nullable();

/** What the run showed: the iterations it ran and where each model was solved (null: not). */
export const PredictionOutcome = z
  .object({
    iterations: z.number().int().min(1).max(TRAIN_BOUNDS.iterations.max),
    solvedAt: z.object({ rnn: solvedAt, irnn: solvedAt, lstm: solvedAt, gru: solvedAt }).strict(),
  })
  .strict()
  .refine((o) => Object.values(o.solvedAt).every((at) => at === null || at <= o.iterations), {
    path: ["solvedAt"],
    message: "a model cannot be solved after the last iteration",
  });
export type PredictionOutcome = z.infer<typeof PredictionOutcome>;

export const RecordOutcomeInput = z.object({ outcome: PredictionOutcome }).strict();
export type RecordOutcomeInput = z.infer<typeof RecordOutcomeInput>;

/** One stored prediction; `createdAt` is an ISO string on both sides. */
export const TrainPredictionView = z.object({
  id: z.string(),
  settings: TrainSettings,
  predicted: z.array(PredictionModel),
  outcome: PredictionOutcome.nullable(),
  createdAt: z.string(),
});
export type TrainPredictionView = z.infer<typeof TrainPredictionView>;

const PredictionBody = z.object({ prediction: TrainPredictionView });

export const predictionContracts = {
  commit: contract({
    method: "POST",
    path: "/api/predictions",
    request: CommitPredictionInput,
    response: PredictionBody,
  }),
  outcome: contract({
    method: "PATCH",
    path: "/api/predictions/:predictionId",
    request: RecordOutcomeInput,
    response: PredictionBody,
  }),
};
