/**
 * Every simulation-backed key against an independent reference: closed forms (lib/content/README.md)
 * for numeric keys, and for predict-plot keys the decision the lesson teaches (far from its
 * threshold at every allowed parameter value), re-read from runScenario for good measure.
 */
import { describe, expect, it } from "vitest";
import { instantiateQuestion } from "@/lib/learning/grading";
import { runScenario } from "@/lib/sim";
import { readTrainParams } from "@/app/_components/train/train-params";

import storedRuns from "@/lib/content/train-keys.json";
import { SEEDS, simulatedQuestions } from "./helpers";

/** A run's parameters as the lab's link carries them. */
const asSearch = (params: Record<string, number | string>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
type P = Readonly<Record<string, number>>;
const p = (params: P, name: string): number => {
  const v = params[name];
  if (v === undefined) throw new Error(`missing ${name}`);
  return v;
};

/**
 * A training run's loss at an iteration, read straight from the stored table (which
 * train-keys.test.ts checks against the trainer): no closed form predicts a trained network.
 */
function storedLoss(lag: number, seed: number, iteration: number): number {
  const run = storedRuns.entries.find((e) => e.lag === lag && e.seed === seed && e.model === "rnn");
  const loss = (run?.recentLoss as Record<string, number> | undefined)?.[String(iteration)];
  if (loss === undefined) throw new Error(`no stored run for lag ${lag}, seed ${seed}`);
  return loss;
}

/** Numeric oracles: params -> key, written without lib/sim. */
const NUMERIC: Record<string, (x: P) => number> = {
  "what-problem-lstm-solves/rnn-loss-vs-chance": (x) =>
    storedLoss(p(x, "lag"), p(x, "seed"), p(x, "iterations")) * 6,
  "bptt-basics/orthogonal-power": (x) => p(x, "s") ** p(x, "T"),
  "bptt-basics/non-normal-power": (x) => {
    const T = p(x, "T");
    const a = 0.5 ** T;
    const c = T * 0.5 ** (T - 1);
    return (c + Math.sqrt(c * c + 4 * a * a)) / 2;
  },
  "why-lstm-solves-vanishing-gradients/forget-product": (x) => logistic(p(x, "b")) ** p(x, "T"),
  "how-lstm-handles-exploding-gradients/tanh-chain": (x) => p(x, "w") ** p(x, "T"),
  "how-lstm-handles-exploding-gradients/clip-component": (x) => {
    const n = Math.hypot(p(x, "a"), p(x, "b"));
    return n >= p(x, "c") ? (p(x, "a") * p(x, "c")) / n : p(x, "a");
  },
  "how-lstm-handles-exploding-gradients/cliff-gradient": (x) =>
    p(x, "T") * p(x, "w") ** (p(x, "T") - 1) * p(x, "x0"),
  "how-to-fix-vanishing-gradients/sigmoid-chain": (x) => (p(x, "w") / 4) ** p(x, "T"),
  "how-to-fix-vanishing-gradients/residual-stack": (x) => (1 + p(x, "a")) ** p(x, "L"),
  "why-lstm-gradients-do-not-vanish-backward/truncated-cell": (x) =>
    logistic(p(x, "b")) ** p(x, "T"),
  // w^T falls below 1e-6 first at T = ceil(ln 1e-6 / ln w): a tanh chain at 0 multiplies by w per step.
  "bptt-basics/read-first-below": (x) => Math.ceil(Math.log(1e-6) / Math.log(p(x, "w"))),
  "bptt-basics/fixed-point-derivation": (x) => (p(x, "w") * (1 - p(x, "h") ** 2)) ** p(x, "T"),
  // The GRU's copy path with zero weights: the product of update gates sigmoid(b_z), as for the LSTM forget gate.
  "gru/copy-path-gain": (x) => logistic(p(x, "b")) ** p(x, "T"),
  "how-lstm-handles-exploding-gradients/threshold-change": (x) => {
    const pairs = [5, 13, 25];
    return Math.min(pairs[p(x, "p")] ?? NaN, 2 * p(x, "c"));
  },
  // Each residual block at 0 has derivative 1 + a: (1 + a)^(2L) / (1 + a)^L.
  "how-to-fix-vanishing-gradients/residual-depth-change": (x) => (1 + p(x, "a")) ** p(x, "L"),
  // sigmoid(b)^T = keep  <=>  b = logit(keep^(1/T)), the forget-gate product inverted.
  "why-lstm-solves-vanishing-gradients/bias-for-span": (x) => {
    const f = p(x, "p") ** (1 / p(x, "T"));
    return Math.log(f / (1 - f));
  },
};

/** Predict-plot oracles: params -> the option the theory predicts. */
const PREDICT: Record<string, (x: P) => string> = {
  // lib/sim/train/README.md's reproduction (seeds 1-10): at lag 10 both learn, at 50 the LSTM only.
  "what-problem-lstm-solves/predict-training-lag": (x) =>
    p(x, "lag") === 10 ? "both" : "only-lstm",
  "what-problem-lstm-solves/predict-remember-bit": (x) =>
    p(x, "v") === 1 || logistic(p(x, "b")) ** p(x, "T") >= 1e-3 ? "above" : "below",
  "why-lstm-solves-vanishing-gradients/predict-cell-survives": (x) =>
    logistic(p(x, "b")) ** p(x, "T") >= 1e-3 ? "above" : "below",
  "how-lstm-handles-exploding-gradients/predict-lstm-grows": (x) =>
    p(x, "s") > 1.5 ? "larger" : "smaller",
  "how-to-fix-vanishing-gradients/predict-activations": (x) =>
    p(x, "init") === 0 ? "relu" : "tanh",
  "why-lstm-gradients-do-not-vanish-backward/predict-full-vs-truncated": (x) =>
    p(x, "s") === 0 ? "coincide" : "differ",
  "bptt-basics/predict-sweep": (x) => (p(x, "s") < 1 || p(x, "u") > 0 ? "below" : "above"),
  "gru/predict-update-bias": (x) => (logistic(p(x, "b")) ** p(x, "T") >= 1e-3 ? "above" : "below"),
};

const ALL_SEEDS = [...SEEDS, ...Array.from({ length: 14 }, (_, i) => `extra-${i}`)];

describe("simulation-backed keys match independent references", () => {
  it("has an oracle for every simulated question", () => {
    for (const q of simulatedQuestions)
      expect(Object.keys({ ...NUMERIC, ...PREDICT }), q.id).toContain(q.id);
  });

  it.each(simulatedQuestions.map((q) => [q.id, q] as const))("%s", (id, q) => {
    for (const seed of ALL_SEEDS) {
      const inst = instantiateQuestion(q, seed);
      if (inst.type === "numeric") {
        const oracle = NUMERIC[id];
        if (!oracle) throw new Error(`no oracle for ${id}`);
        const want = oracle(inst.params);
        expect(
          Math.abs(inst.key.value - want),
          `${id} ${JSON.stringify(inst.params)}`,
        ).toBeLessThanOrEqual(1e-9 * Math.abs(want) + 1e-15);
      } else if (inst.type === "predict-plot") {
        const oracle = PREDICT[id];
        if (!oracle) throw new Error(`no oracle for ${id}`);
        expect(inst.key.correctOptionId, `${id} ${JSON.stringify(inst.params)}`).toBe(
          oracle(inst.params),
        );
        // The run the UI will draw is a valid scenario run, or a link the training lab reads.
        if (inst.key.run.scenarioId === "train")
          expect(readTrainParams(asSearch(inst.key.run.params)).problems).toEqual([]);
        else
          expect(
            runScenario(inst.key.run.scenarioId, inst.key.run.params).panels.length,
          ).toBeGreaterThan(0);
      } else {
        throw new Error(`unexpected simulated type ${inst.type}`);
      }
    }
  });

  it("reproduces the documented exact numbers through the same helpers", async () => {
    const keys = await import("@/lib/content/sim-keys");
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(rel(keys.orthogonalGain(0.9, 50, 1), 5.15377520732e-3)).toBeLessThan(1e-9);
    expect(rel(keys.orthogonalGain(1.1, 50, 2), 117.3908528797)).toBeLessThan(1e-9);
    expect(
      rel(
        keys.linearPowerNorm(
          [
            [0.5, 1],
            [0, 0.5],
          ],
          10,
        ),
        0.0195799567,
      ),
    ).toBeLessThan(1e-8);
    expect(rel(keys.scalarChainGain("sigmoid", 1, -0.5, 0.5, 10), 9.5367431640625e-7)).toBeLessThan(
      1e-9,
    );
    expect(rel(keys.scalarChainGain("tanh", 1.5, 0, 0, 5), 7.59375)).toBeLessThan(1e-9);
    expect(rel(keys.lstmCellGain(2, 100), 3.07317e-6)).toBeLessThan(1e-5);
    expect(rel(keys.lstmCellGain(5, 100), 0.5109238)).toBeLessThan(1e-6);
    expect(keys.clipped([3, 4], 2)).toEqual([expect.closeTo(1.2, 12), expect.closeTo(1.6, 12)]);
    expect(keys.clipped([3, 4], 5)).toEqual([3, 4]);
    expect(rel(keys.cliffGradient(1.1, 0.5, 50), 2667.973929)).toBeLessThan(1e-9);
    expect(rel(keys.stackGain(0.1, 10, true), 2.5937424601)).toBeLessThan(1e-9);
    expect(rel(keys.lstmCellGainWithRecurrence(1, 50, 3, "truncated"), 1.576191e-7)).toBeLessThan(
      1e-6,
    );
  });
});
