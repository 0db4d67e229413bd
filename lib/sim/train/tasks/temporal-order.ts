/**
 * Temporal order (Hochreiter & Schmidhuber 1997, Exp. 6a), at a fixed length T = lag: E at the
 * start, B at the end, X or Y at one step in [0.1 T, 0.2 T] and one in [0.5 T, 0.6 T], and a
 * random distractor from {a, b, c, d} everywhere else (one-hot over 8 symbols). The class is
 * the order XX, XY, YX or YY, so chance is ln 4 ≈ 1.386 (accuracy 0.25). Solved: accuracy >=
 * 0.99 over the recent batches. The paper used T in [100, 110] with t1 in [10, 20] and t2 in
 * [50, 60]; lag 100 is that task at fixed length.
 */
import type { Task } from "./types";
import { intBetween } from "./types";

const I = 8;
const [E, B_, X] = [0, 1, 2];
const DISTRACTOR = 4;

export function temporalOrderTask(lag: number): Task {
  const T = lag;
  const window = (lo: number, hi: number) => [Math.floor(lo * T), Math.floor(hi * T)] as const;
  const [a1, b1] = window(0.1, 0.2);
  const [a2, b2] = window(0.5, 0.6);
  return {
    id: "temporal-order",
    lag,
    steps: T,
    inputSize: I,
    outputSize: 4,
    loss: "xent",
    chanceLoss: Math.log(4),
    chanceAccuracy: 0.25,
    solved: { metric: "accuracy", threshold: 0.99, description: "accuracy >= 0.99" },
    sample(rng, x, tg, B) {
      x.fill(0, 0, T * B * I);
      for (let s = 0; s < B; s++) {
        const t1 = Math.max(1, intBetween(rng, a1, b1));
        const t2 = Math.min(T - 2, Math.max(t1 + 1, intBetween(rng, a2, b2)));
        const first = intBetween(rng, 0, 1);
        const second = intBetween(rng, 0, 1);
        for (let t = 0; t < T; t++) {
          let sym = DISTRACTOR + intBetween(rng, 0, 3);
          if (t === 0) sym = E;
          else if (t === T - 1) sym = B_;
          else if (t === t1) sym = X + first;
          else if (t === t2) sym = X + second;
          x[(t * B + s) * I + sym] = 1;
        }
        tg.label[s] = 2 * first + second;
      }
    },
  };
}
