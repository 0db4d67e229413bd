/**
 * The trainer: reproducible from its seed, step-wise, yields the per-step gradient profile,
 * clips, stops; its optimisers follow tf.train's update rules exactly; bad specs name the field.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createRng, SimInputError } from "@/lib/sim";
import { createOptimizer, createTrainer, trainReport } from "@/lib/sim/train";

beforeAll(async () => {
  await tf.setBackend("cpu");
  await tf.ready();
});

const small = {
  task: "adding",
  model: "lstm",
  lag: 8,
  hidden: 4,
  batch: 8,
  iterations: 5,
  seed: 3,
};

describe("createTrainer", () => {
  it("is reproducible from the seed and differs across seeds", () => {
    const losses = (seed: number) =>
      Array.from(createTrainer({ ...small, seed }).run(), (p) => p.loss);
    expect(losses(3)).toEqual(losses(3));
    expect(losses(3)).not.toEqual(losses(4));
    expect(losses(3)).toHaveLength(5);
  });

  it("reports ||dL/dh_k|| for k = 0..T, zero below a truncation window", () => {
    const full = createTrainer(small).step();
    expect(full.hiddenGradNorms).toHaveLength(9);
    expect(Math.min(...full.hiddenGradNorms)).toBeGreaterThan(0);
    const cut = createTrainer({ ...small, window: 3 }).step();
    expect(Array.from(cut.hiddenGradNorms.subarray(0, 5))).toEqual([0, 0, 0, 0, 0]);
    expect(cut.hiddenGradNorms[5]).toBeGreaterThan(0);
  });

  it("clips: reports the norm before clipping and flags it", () => {
    const p = createTrainer({ ...small, clip: 1e-6 }).step();
    expect(p.clipped).toBe(true);
    expect(p.gradNorm).toBeGreaterThan(1e-6);
    expect(createTrainer({ ...small, clip: 1e6 }).step().clipped).toBe(false);
  });

  it("stops after its iterations and refuses another step", () => {
    const tr = createTrainer({ ...small, iterations: 2 });
    tr.step();
    expect(tr.step().done).toBe(true);
    expect(() => tr.step()).toThrow(/over/);
  });

  it("learns: remember-bit at lag 5 is solved by the lstm well within 400 iterations", () => {
    const r = trainReport({
      task: "remember-bit",
      model: "lstm",
      lag: 5,
      hidden: 8,
      iterations: 400,
      seed: 1,
      stopWhenSolved: true,
    });
    expect(r.solvedAt).not.toBeNull();
    expect(r.finalAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.lossCurve[0]!).toBeGreaterThan(0.5);
  });

  it.each([
    [{ lag: 0 }, "lag"],
    [{ task: "temporal-order", lag: 5 }, "lag"],
    [{ model: "lsmt" }, "model"],
    [{ hidden: 2.5 }, "hidden"],
    [{ lr: -1 }, "lr"],
    [{ colour: "red" }, "colour"],
  ])("rejects %o naming %s", (bad, field) => {
    try {
      createTrainer({ ...small, ...bad });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SimInputError);
      expect((e as SimInputError).issues.map((i) => i.path)).toContain(field);
    }
  });
});

describe("optimisers follow tf.train", () => {
  it.each([
    ["adam", () => tf.train.adam(0.05, 0.9, 0.999, 1e-8)],
    ["sgd", () => tf.train.momentum(0.05, 0.9)],
  ] as const)("%s: five updates match within float32", (name, make) => {
    const rng = createRng(9);
    const theta = Float64Array.from({ length: 6 }, () => rng.normal());
    const grads = Array.from({ length: 5 }, () =>
      Float64Array.from({ length: 6 }, () => rng.normal()),
    );
    const v = tf.variable(tf.tensor1d(Float32Array.from(theta)));
    const opt = make();
    const ours = createOptimizer(
      { name, learningRate: 0.05, momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      6,
    );
    for (const g of grads) {
      ours.step(theta, g);
      opt.applyGradients([{ name: v.name, tensor: tf.tensor1d(Float32Array.from(g)) }]);
    }
    const ref = v.dataSync();
    for (let i = 0; i < 6; i++) expect(Math.abs(theta[i]! - ref[i]!)).toBeLessThan(1e-5);
  });
});
