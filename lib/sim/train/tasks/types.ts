/**
 * A task: a seeded generator of mini-batches (inputs T x B x I, targets), its chance level and
 * its "solved" criterion. Every batch is freshly drawn, so the loss measured on a batch before
 * the update it causes is an unbiased estimate of the loss on unseen sequences.
 */
import type { Rng } from "../../rng";
import type { LossKind, Targets } from "../network";

export const TASK_IDS = ["adding", "remember-bit", "temporal-order"] as const;
export type TaskId = (typeof TASK_IDS)[number];

export interface SolvedCriterion {
  metric: "loss" | "accuracy";
  /** loss: solved when the mean is <= threshold; accuracy: when it is >= threshold. */
  threshold: number;
  description: string;
}

export interface Task {
  id: TaskId;
  lag: number;
  /** Sequence length T for this lag. */
  steps: number;
  inputSize: number;
  outputSize: number;
  loss: LossKind;
  /** Loss of the best input-blind answer (the target mean, or uniform class probabilities). */
  chanceLoss: number;
  chanceAccuracy: number;
  solved: SolvedCriterion;
  /** Fills x (T x B x I, zeroed here) and the targets for B fresh sequences. */
  sample(rng: Rng, x: Float64Array, tg: Targets, batch: number): void;
}

/** Uniform integer in [lo, hi]. */
export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng.uniform() * (hi - lo + 1));
}
