/** Property tests: the Pascanu bound (O3) and determinism from a seed. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng, trace } from "@/lib/sim";
import { spectralNorm } from "@/lib/sim/linalg";
import { toRows } from "./helpers";

describe("O3: ||dh_T/dh_k||_2 <= eta^(T-k) when sigma_max(W) = eta / gamma", () => {
  it("holds for random W, inputs, biases, tanh and sigmoid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom("tanh" as const, "sigmoid" as const),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (H, T, activation, eta, seed, inputScale) => {
          const gamma = activation === "tanh" ? 1 : 0.25;
          const rng = createRng(seed);
          const w = Float64Array.from({ length: H * H }, () => rng.normal());
          const s = spectralNorm(w, H, H);
          for (let i = 0; i < w.length; i++) w[i] = (w[i]! / s) * (eta / gamma);
          const r = trace({
            model: "rnn",
            activation,
            hiddenSize: H,
            inputSize: 2,
            steps: T,
            jacobian: true,
            inputs: Array.from({ length: T }, () => [
              inputScale * rng.normal(),
              inputScale * rng.normal(),
            ]),
            initialHidden: Array.from({ length: H }, () => rng.normal()),
            weights: {
              weightHH: toRows(w, H, H),
              weightIH: Array.from({ length: H }, () => [rng.normal(), rng.normal()]),
              bias: Array.from({ length: H }, () => rng.normal()),
            },
          });
          r.jacobianNorms?.forEach((v, k) => {
            expect(v).not.toBeNull();
            expect(v!).toBeLessThanOrEqual(eta ** (T - k) * (1 + 1e-9) + 1e-300);
          });
        },
      ),
      { numRuns: 150, seed: 20130101 },
    );
  });
});

describe("determinism", () => {
  it("the same spec gives the same numbers", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("rnn" as const, "lstm" as const, "gru" as const),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom(
          "pytorch-uniform" as const,
          "glorot" as const,
          "orthogonal" as const,
          "scaled-identity" as const,
        ),
        (model, hiddenSize, inputSize, steps, seed, init) => {
          const spec = { model, hiddenSize, inputSize, steps, seed, init, jacobian: true };
          expect(trace(spec)).toEqual(trace(structuredClone(spec)));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it("the generator is a pure function of its seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const u = a.uniform();
          expect(u).toBe(b.uniform());
          expect(u >= 0 && u < 1).toBe(true);
          expect(a.normal()).toBe(b.normal());
        }
      }),
      { numRuns: 100, seed: 1 },
    );
  });

  it("different seeds give different weights; fixed seed gives fixed, documented numbers", () => {
    const a = trace({ model: "rnn", hiddenSize: 4, inputSize: 1, steps: 3, seed: 1 });
    const b = trace({ model: "rnn", hiddenSize: 4, inputSize: 1, steps: 3, seed: 2 });
    expect(a.loss).not.toBe(b.loss);
    // A pinned value guards against silent changes to the generator or the draw order.
    const r = createRng(0);
    expect([r.nextU32(), r.nextU32()]).toEqual([3809008728, 1133695204]);
  });

  it("normal variates have mean ~0 and variance ~1", () => {
    const rng = createRng(123);
    let s = 0;
    let ss = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = rng.normal();
      s += x;
      ss += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(ss / n - 1)).toBeLessThan(0.02);
  });
});
