import { describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/content";
import { allParams } from "@/lib/content/params";
import {
  ADDING_CHANCE_LOSS,
  computeTrainKey,
  storedTrainKeys,
  TRAIN_KEY_GRID,
  TRAIN_KEY_SETTINGS,
  trainKey,
  trainKeyVariants,
  trainLossAt,
} from "@/lib/content/train-keys";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { readTrainParams } from "@/app/_components/train/train-params";

/** A run's parameters as the lab's link carries them. */
const asSearch = (params: Record<string, number | string>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));

/*
 * The training questions read their keys from lib/content/train-keys.json, written by
 * `npm run content -- train-keys`. Here: the table is the trainer's output (two cheap entries
 * rerun), it covers every variant a learner can draw, and the keys say what the questions'
 * explanations say of them.
 */

const PREDICT = "what-problem-lstm-solves/predict-training-lag";
const NUMERIC = "what-problem-lstm-solves/rnn-loss-vs-chance";

describe("the stored training runs", () => {
  it("were made at the settings the table states, one run per variant, every checkpoint", () => {
    const table = storedTrainKeys();
    expect(table.settings).toEqual(TRAIN_KEY_SETTINGS);
    const key = (v: { lag: number; seed: number; model: string }) =>
      `${v.lag}/${v.seed}/${v.model}`;
    expect(table.entries.map(key).sort()).toEqual(trainKeyVariants().map(key).sort());
    for (const entry of table.entries)
      expect(Object.keys(entry.recentLoss).map(Number).sort()).toEqual(
        [...TRAIN_KEY_GRID.checkpoints].sort(),
      );
  });

  it.each([
    [10, 1, "rnn"],
    [10, 1, "lstm"],
  ] as const)("lag %d, seed %d, %s: the trainer gives the stored run again", (lag, seed, model) => {
    expect(computeTrainKey(lag, seed, model)).toEqual(trainKey(lag, seed, model));
  });

  it("has a run for every parameter set a learner can draw, and the lab reads its link", () => {
    for (const id of [PREDICT, NUMERIC]) {
      const q = getQuestion(id);
      if (!q || !("sim" in q) || !q.sim) throw new Error(`${id} is not simulated`);
      const combos = allParams(q.sim.params);
      expect(combos.length).toBeGreaterThan(1);
      for (const params of combos) {
        const key = q.sim.compute(params);
        if ("run" in key)
          expect(readTrainParams(asSearch(key.run.params)).problems, id).toEqual([]);
      }
    }
  });
});

describe("the training questions' keys", () => {
  it("predict-training-lag: both solve lag 10, only the LSTM lag 50, in every seed drawn", () => {
    const q = getQuestion(PREDICT);
    if (q?.type !== "predict-plot") throw new Error("expected a predict-plot question");
    for (const params of allParams(q.sim.params)) {
      const want = params.lag === 10 ? "both" : "only-lstm";
      expect(q.sim.compute(params).correctOptionId, JSON.stringify(params)).toBe(want);
    }
  });

  it("rnn-loss-vs-chance: near 0 at lag 10; at lag 50 an answer of 1 (at chance) is right", () => {
    const q = getQuestion(NUMERIC);
    if (q?.type !== "numeric" || !q.sim) throw new Error("expected a simulated numeric question");
    for (const params of allParams(q.sim.params)) {
      const { lag, seed, iterations } = params as { lag: number; seed: number; iterations: number };
      const ratio = trainLossAt(trainKey(lag, seed, "rnn"), iterations) / ADDING_CHANCE_LOSS;
      expect(q.sim.compute(params).value).toBe(ratio);
      if (lag === 10) expect(ratio).toBeLessThan(0.06);
      else expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(q.tolerance.value);
    }
    // Through the grader: a learner who reasons "it stays at chance" at lag 50 earns the credit.
    const at50 = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]
      .map((seed) => instantiateQuestion(q, seed))
      .find((inst) => inst.params.lag === 50);
    if (!at50) throw new Error("no seed drew lag 50");
    expect(gradeResponse(at50, { type: "numeric", value: 1 }).correct).toBe(true);
    expect(gradeResponse(at50, { type: "numeric", value: 0 }).correct).toBe(false);
  });
});
