/**
 * The adding problem (Hochreiter & Schmidhuber 1997, Exp. 4, in the form of Le, Jaitly &
 * Hinton 2015): T = lag steps of two inputs, a value ~ U(0, 1) and a marker; exactly two steps
 * are marked, one in the first half and one in the second; the target is the sum of the two
 * marked values. The sum has mean 1 and variance 2/12, so always answering 1 scores MSE 1/6 ≈
 * 0.167 (the chance level). Solved: mean squared error <= 0.01 (about 6% of chance) over the
 * recent batches; an answer counts as correct within 0.04 of the target (the 1997 criterion).
 */
import type { Task } from "./types";
import { intBetween } from "./types";

export function addingTask(lag: number): Task {
  const T = lag;
  const half = Math.ceil(T / 2);
  return {
    id: "adding",
    lag,
    steps: T,
    inputSize: 2,
    outputSize: 1,
    loss: "mse",
    chanceLoss: 1 / 6,
    // P(|S - 1| < 0.04) for S the sum of two U(0, 1): 1 - 0.96² = 0.0784
    chanceAccuracy: 0.0784,
    solved: { metric: "loss", threshold: 0.01, description: "mean squared error <= 0.01" },
    sample(rng, x, tg, B) {
      x.fill(0, 0, T * B * 2);
      tg.tolerance = 0.04;
      for (let s = 0; s < B; s++) {
        for (let t = 0; t < T; t++) x[(t * B + s) * 2] = rng.uniform();
        const m1 = intBetween(rng, 0, half - 1);
        const m2 = intBetween(rng, half, T - 1);
        x[(m1 * B + s) * 2 + 1] = 1;
        x[(m2 * B + s) * 2 + 1] = 1;
        tg.value[s] = x[(m1 * B + s) * 2]! + x[(m2 * B + s) * 2]!;
      }
    },
  };
}
