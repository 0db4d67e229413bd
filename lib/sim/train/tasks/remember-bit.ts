/**
 * Remember a bit: copy a bit shown at step 1 out at step lag + 1, with distractors between
 * (the latch of Hochreiter & Schmidhuber 1997, Exp. 2's flavour). Inputs are one-hot over six
 * symbols: bit 0, bit 1, three distractors (one at random on each of steps 2..lag) and the
 * query that marks the last step. Two classes, so chance is ln 2 ≈ 0.693 (accuracy 0.5).
 * Solved: accuracy >= 0.99 over the recent batches.
 */
import type { Task } from "./types";
import { intBetween } from "./types";

const I = 6;

export function rememberBitTask(lag: number): Task {
  const T = lag + 1;
  return {
    id: "remember-bit",
    lag,
    steps: T,
    inputSize: I,
    outputSize: 2,
    loss: "xent",
    chanceLoss: Math.LN2,
    chanceAccuracy: 0.5,
    solved: { metric: "accuracy", threshold: 0.99, description: "accuracy >= 0.99" },
    sample(rng, x, tg, B) {
      x.fill(0, 0, T * B * I);
      for (let s = 0; s < B; s++) {
        const bit = intBetween(rng, 0, 1);
        x[s * I + bit] = 1;
        for (let t = 1; t < T - 1; t++) x[(t * B + s) * I + 2 + intBetween(rng, 0, 2)] = 1;
        x[((T - 1) * B + s) * I + 5] = 1;
        tg.label[s] = bit;
      }
    },
  };
}
