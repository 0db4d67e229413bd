/** The per-step Jacobians against finite differences and closed forms. */
import { describe, expect, it } from "vitest";
import { createRng, rnnForward } from "@/lib/sim";
import { drawWeights } from "@/lib/sim/init";
import { randomOrthogonal, spectralNorm } from "@/lib/sim/linalg";
import { lstmForward } from "@/lib/sim/models/lstm";
import type { LstmParams } from "@/lib/sim/models/types";
import {
  lstmCellStepFactors,
  lstmCellStepJacobian,
  rnnStepFactors,
  topSingularValue,
} from "@/lib/sim/step-factors";
import { expectRel } from "./helpers";

const H = 3;
const I = 2;
const T = 5;

function lstm(forgetGate: boolean, recurrentScale = 1): LstmParams {
  const w = drawWeights("pytorch-uniform", 4, H, I, createRng(7), recurrentScale);
  // Larger weights than PyTorch's so that every term of the Jacobian is visible.
  const grow = (a: Float64Array) => a.map((v) => 3 * v);
  return {
    kind: "lstm",
    hiddenSize: H,
    inputSize: I,
    weightIH: grow(w.weightIH),
    weightHH: grow(w.weightHH),
    bias: w.biasIH,
    forgetGate,
  };
}

const inputs = Float64Array.from({ length: T * I }, (_, i) => Math.sin(1.7 * i + 0.3));
const zeros = new Float64Array(H);

/** c_t as a function of c_{t-1}: h_{t-1} = o_{t-1} ⊙ tanh(c_{t-1}), then one forward step. */
function nextCell(p: LstmParams, t: number, cPrev: Float64Array): Float64Array {
  const fwd = lstmForward(p, inputs, T, zeros, zeros);
  const o = fwd.gates.subarray((t - 2) * 4 * H + 3 * H, (t - 2) * 4 * H + 4 * H);
  const h = cPrev.map((c, u) => o[u]! * Math.tanh(c));
  const step = lstmForward(p, inputs.subarray((t - 1) * I, t * I), 1, h, cPrev);
  return step.c.subarray(H, 2 * H);
}

describe("LSTM ∂c_t/∂c_{t-1}", () => {
  it.each([true, false])("matches central differences (forget gate %s)", (forgetGate) => {
    const p = lstm(forgetGate);
    const fwd = lstmForward(p, inputs, T, zeros, zeros);
    for (const t of [2, 4, 5]) {
      const jac = lstmCellStepJacobian(p, fwd, t);
      const c = fwd.c.slice((t - 1) * H, t * H);
      for (let col = 0; col < H; col++) {
        const eps = 1e-6;
        const up = c.slice();
        const down = c.slice();
        up[col]! += eps;
        down[col]! -= eps;
        const a = nextCell(p, t, up);
        const b = nextCell(p, t, down);
        for (let row = 0; row < H; row++) {
          const fd = (a[row]! - b[row]!) / (2 * eps);
          expect(Math.abs(jac[row * H + col]! - fd)).toBeLessThan(1e-8);
        }
      }
    }
  });

  it("is diag(f_t) when the recurrent weights are zero, and I for the 1997 cell", () => {
    const p = lstm(true, 0);
    const fwd = lstmForward(p, inputs, T, zeros, zeros);
    const jac = lstmCellStepJacobian(p, fwd, 3);
    for (let r = 0; r < H; r++)
      for (let c = 0; c < H; c++)
        expect(jac[r * H + c]).toBe(r === c ? fwd.gates[2 * 4 * H + H + r] : 0);
    const carousel = lstm(false, 0);
    const f1997 = lstmCellStepFactors(carousel, lstmForward(carousel, inputs, T, zeros, zeros));
    expect(f1997).toEqual(new Array(T).fill(1));
  });
});

describe("RNN ‖diag(φ') W‖", () => {
  it("is s at h = 0 for a tanh RNN with W = sQ and no input", () => {
    const q = randomOrthogonal(4, createRng(3));
    const p = {
      kind: "rnn" as const,
      hiddenSize: 4,
      inputSize: 1,
      activation: "tanh" as const,
      weightIH: new Float64Array(4),
      weightHH: q.map((v) => 0.9 * v),
      bias: new Float64Array(4),
    };
    const fwd = rnnForward(p, new Float64Array(6), 6, new Float64Array(4));
    for (const f of rnnStepFactors(p, fwd)) expectRel(f, 0.9, 1e-9);
  });
});

describe("topSingularValue", () => {
  it("agrees with the exact spectral norm on random matrices", () => {
    const rng = createRng(11);
    for (const n of [2, 5, 16]) {
      const a = Float64Array.from({ length: n * n }, () => rng.normal());
      expectRel(topSingularValue(a, n, 30), spectralNorm(a, n, n), 1e-3);
    }
  });

  it("reaches 1e-6 where the top singular values crowd together (a 64-unit tanh RNN's steps)", () => {
    // Random recurrent matrices have a soft spectral edge: the power iteration this replaced
    // stopped up to 7 % short of σ on exactly these matrices, the lab's largest setting.
    const n = 64;
    const w = drawWeights("pytorch-uniform", 1, n, 1, createRng(5), 1).weightHH;
    const direction = new Float64Array(n).fill(1);
    for (const scale of [0.5, 0.9, 1.3]) {
      const a = w.map((v, i) => v * scale * (1 - 0.3 * Math.sin(Math.floor(i / n))));
      expectRel(topSingularValue(a, n, undefined, direction), spectralNorm(a, n, n), 1e-6);
    }
  });

  it("leaves the top direction in `start`, and a warm start gives the same σ", () => {
    const rng = createRng(12);
    const n = 12;
    const a = Float64Array.from({ length: n * n }, () => rng.normal());
    const v = new Float64Array(n).fill(1);
    const cold = topSingularValue(a, n, undefined, v);
    const av = new Float64Array(n);
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) av[r]! += a[r * n + c]! * v[c]!;
    expectRel(Math.hypot(...av), cold, 1e-6);
    expectRel(topSingularValue(a, n, undefined, v), cold, 1e-9);
  });

  it("restarts when the start lies in the null space, and is 0 for the zero matrix", () => {
    // A = e_1 e_1ᵀ: σ = 1, and e_2 is in its null space.
    const a = Float64Array.from({ length: 9 }, (_, i) => (i === 0 ? 1 : 0));
    expect(topSingularValue(a, 3, undefined, Float64Array.from([0, 1, 0]))).toBeCloseTo(1, 12);
    expect(topSingularValue(new Float64Array(9), 3)).toBe(0);
  });

  it("names a start of the wrong length", () => {
    expect(() => topSingularValue(new Float64Array(4), 2, undefined, new Float64Array(3))).toThrow(
      /start must have length 2/,
    );
  });
});
