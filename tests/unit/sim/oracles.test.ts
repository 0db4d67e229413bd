/** The exact oracles O1–O12 listed in lib/sim/README.md, at the stated tolerances. */
import { describe, expect, it } from "vitest";
import {
  clipByNorm,
  createRng,
  ffBackward,
  ffForward,
  rnnBackward,
  rnnForward,
  scalarRecurrence,
  trace,
  TraceSpec,
} from "@/lib/sim";
import { identity, randomOrthogonal } from "@/lib/sim/linalg";
import { lstmBackward, lstmForward } from "@/lib/sim/models/lstm";
import type { LstmParams } from "@/lib/sim/models/types";
import { resolveTrace } from "@/lib/sim/resolve";
import { expectPrinted, expectRel, toRows, zeros } from "./helpers";

const linearRnn = (w: number[][], steps: number, h0?: number[]) => ({
  model: "rnn" as const,
  activation: "linear" as const,
  hiddenSize: w.length,
  inputSize: 1,
  steps,
  initialHidden: h0,
  weights: { weightHH: w, weightIH: zeros(w.length, 1), bias: new Array<number>(w.length).fill(0) },
  jacobian: true,
});

describe("O1: linear RNN with W = sQ, Q orthogonal: ||dh_T/dh_0|| = s^T", () => {
  const Q = toRows(randomOrthogonal(8, createRng(11)), 8, 8);
  it.each([
    [0.9, 50, "5.153775207320e-3"],
    [1.1, 50, "117.3908528797"],
    [0.9, 20, "0.1215766546"],
  ])("s=%s T=%s", (s, T, printed) => {
    const r = trace(
      linearRnn(
        Q.map((row) => row.map((q) => s * q)),
        T,
      ),
    );
    expectPrinted(r.jacobianNorms?.[0], printed);
    expectRel(r.jacobianNorms?.[0], Number(printed), 1e-9);
    r.jacobianNorms?.forEach((v, k) => expectRel(v, s ** (T - k), 1e-9));
  });
});

describe("O2: non-normal W = [[0.5,1],[0,0.5]]: the bound is on singular values", () => {
  const r = trace(
    linearRnn(
      [
        [0.5, 1],
        [0, 0.5],
      ],
      10,
    ),
  );
  it.each([
    [1, "1.2071067812"],
    [2, "1.0590169944"],
    [3, "0.7702847075"],
    [10, "0.0195799567"],
  ])("||W^%s||_2", (T, printed) => {
    const v = r.jacobianNorms?.[10 - T];
    expectPrinted(v, printed);
    // Closed form for [[a,b],[0,a]]: σ_max = (b + sqrt(b² + 4a²)) / 2, a = 0.5^T, b = T 0.5^(T-1).
    const a = 0.5 ** T;
    const b = T * 0.5 ** (T - 1);
    expectRel(v, (b + Math.sqrt(b * b + 4 * a * a)) / 2, 1e-12);
  });
});

describe("O4–O7: scalar chains", () => {
  it("O4 sigmoid chain at its fixed point: J = 0.25^T", () => {
    const r = trace({
      model: "rnn",
      activation: "sigmoid",
      hiddenSize: 1,
      inputSize: 1,
      steps: 10,
      initialHidden: [0.5],
      weights: { weightHH: [[1]], weightIH: [[0]], bias: [-0.5] },
      jacobian: true,
    });
    expectPrinted(r.jacobianNorms?.[0], "9.5367431640625e-7");
    expectRel(r.hiddenGradNorms[0], 0.25 ** 10, 1e-12);
  });

  it("O5 tanh chain h_t = tanh(1.5 h_{t-1}), h_0 = 0: J = 1.5^5", () => {
    const r = trace({
      model: "rnn",
      hiddenSize: 1,
      inputSize: 1,
      steps: 5,
      weights: { weightHH: [[1.5]], weightIH: [[0]], bias: [0] },
      jacobian: true,
    });
    expectPrinted(r.jacobianNorms?.[0], "7.59375");
    expectRel(r.jacobianNorms?.[0], 1.5 ** 5, 1e-12);
  });

  it("O6 latch a_t = 2 tanh(a_{t-1}) at its stable fixed point", () => {
    // Iterate the RNN in h-form, h = tanh(a), from h = 1 until it settles on the fixed point.
    const settle = trace({
      model: "rnn",
      hiddenSize: 1,
      inputSize: 1,
      steps: 200,
      initialHidden: [1],
      weights: { weightHH: [[2]], weightIH: [[0]], bias: [0] },
    });
    const hStar = settle.finalHidden[0]!;
    expectRel(2 * hStar, 1.915008048155, 1e-6);
    const r = trace({
      model: "rnn",
      hiddenSize: 1,
      inputSize: 1,
      steps: 3,
      initialHidden: [hStar],
      weights: { weightHH: [[2]], weightIH: [[0]], bias: [0] },
      jacobian: true,
    });
    expectRel(r.jacobianNorms?.[2], 0.166372087752, 1e-6);
    expectRel(r.jacobianNorms?.[0], 0.166372087752 ** 3, 3e-6);
  });

  it("O7 IRNN: W = I, b = 0, ReLU, positive pre-activations: J = I for any T", () => {
    const H = 6;
    const T = 300;
    const rng = createRng(5);
    const spec = TraceSpec.parse({
      model: "rnn",
      activation: "relu",
      hiddenSize: H,
      inputSize: 2,
      steps: T,
      initialHidden: Array.from({ length: H }, () => 0.1 + rng.uniform()),
      inputs: Array.from({ length: T }, () => [rng.uniform(), rng.uniform()]),
      weights: {
        weightHH: toRows(identity(H), H, H),
        weightIH: Array.from({ length: H }, () => [0.2, 0.3]),
        bias: new Array(H).fill(0),
      },
    });
    const { params, inputs, h0 } = resolveTrace(spec);
    if (params.kind !== "rnn") throw new Error("rnn expected");
    const fwd = rnnForward(params, inputs, T, h0);
    for (const j of [0, 3, 5]) {
      const seed = new Float64Array(H);
      seed[j] = 1;
      const { dH } = rnnBackward(params, fwd, inputs, seed);
      for (const k of [0, 1, 150, T])
        expect(Array.from(dH.subarray(k * H, (k + 1) * H))).toEqual(Array.from(seed));
    }
  });
});

const lstmZeroRecurrent = (H: number, T: number, forgetBias: number, forgetGate = true) => ({
  model: "lstm" as const,
  hiddenSize: H,
  inputSize: 1,
  steps: T,
  forgetBias,
  forgetGate,
  seed: 4,
  initialCell: Array.from({ length: H }, (_, u) => u - 1),
  inputs: Array.from({ length: T }, (_, t) => [Math.sin(t)]),
  // Recurrent weights 0 and forget-gate input weights 0, so f = σ(b_f) exactly.
  weights: {
    weightHH: zeros(4 * H, H),
    weightIH: Array.from({ length: 4 * H }, (_, r) => [r >= H && r < 2 * H ? 0 : 0.5]),
    bias: new Array<number>(4 * H).fill(0),
  },
  jacobian: true,
});

describe("O8: LSTM cell path dc_T/dc_0 = diag(prod f_t)", () => {
  it.each([
    [0, 10, "9.765625e-4"],
    [1, 50, "1.576191e-7"],
    [2, 100, "3.073170e-6"],
    [3, 100, "7.760293e-3"],
    [5, 100, "0.5109238"],
  ])("b_f=%s T=%s", (bf, T, printed) => {
    for (const mode of ["full", "truncated"] as const) {
      const r = trace({ ...lstmZeroRecurrent(3, T, bf), mode });
      expectPrinted(r.cellJacobianNorms?.[0], printed);
      expectRel(r.cellJacobianNorms?.[0], (1 / (1 + Math.exp(-bf))) ** T, 1e-9);
    }
  });

  it("no forget gate (1997): exactly 1 for every T", () => {
    for (const T of [1, 10, 1000]) {
      const r = trace(lstmZeroRecurrent(3, T, 0, false));
      r.cellJacobianNorms?.forEach((v) => expect(v).toBe(1));
    }
  });

  it("1997 truncation with non-zero recurrent weights: dc_T/dc_0 = diag(prod f_t) from the forward gates", () => {
    const spec = TraceSpec.parse({
      model: "lstm",
      hiddenSize: 4,
      inputSize: 2,
      steps: 30,
      seed: 9,
      initScale: 2,
      mode: "truncated",
    });
    const { params, inputs, h0, c0 } = resolveTrace(spec);
    const p = params as LstmParams;
    const fwd = lstmForward(p, inputs, 30, h0, c0);
    const r = trace({ ...spec, jacobian: true });
    const prods = [0, 1, 2, 3].map((u) => {
      let prod = 1;
      for (let t = 0; t < 30; t++) prod *= fwd.gates[t * 16 + 4 + u]!;
      return prod;
    });
    expectRel(r.cellJacobianNorms?.[0], Math.max(...prods), 1e-9);
  });
});

describe("O9: full BPTT and the 1997 truncated gradient differ sharply", () => {
  it("with non-zero recurrent weights the cell gradients differ, even in sign, and are labelled", () => {
    const base = TraceSpec.parse({
      model: "lstm",
      hiddenSize: 4,
      inputSize: 2,
      steps: 20,
      seed: 2,
      initScale: 3,
      inputs: Array.from({ length: 20 }, (_, t) => [Math.cos(t), 1]),
    });
    const { params, inputs, h0, c0 } = resolveTrace(base);
    const p = params as LstmParams;
    const fwd = lstmForward(p, inputs, 20, h0, c0);
    const seed = new Float64Array(4).fill(1);
    const full = lstmBackward(p, fwd, seed, null, "full-bptt");
    const dcFull = Array.from(full.dC.subarray(0, 4));
    const trunc = lstmBackward(p, fwd, seed, null, "truncated-1997");
    const dcTrunc = Array.from(trunc.dC.subarray(0, 4));
    expect(full.mode).toBe("full-bptt");
    expect(trunc.mode).toBe("truncated-1997");
    expect(dcFull.some((v, u) => Math.sign(v) !== Math.sign(dcTrunc[u]!))).toBe(true);
    const diff = Math.hypot(...dcFull.map((v, u) => v - dcTrunc[u]!));
    expect(diff).toBeGreaterThan(0.5 * Math.hypot(...dcTrunc));
    expect(trace({ ...base, mode: "truncated" }).mode).toBe("truncated-1997");
    expect(trace(base).mode).toBe("full-bptt");
  });
});

describe("O10: residual y = x + F(x) has Jacobian I + J_F", () => {
  const stack = (residual: boolean, a: number, L: number, n = 4) => ({
    width: n,
    layers: L,
    activation: "tanh" as const,
    residual,
    weights: Float64Array.from({ length: L * n * n }, (_, i) =>
      Math.floor(i / n) % n === i % n ? a : 0,
    ),
    biases: new Float64Array(L * n),
  });
  const jacNorm = (s: ReturnType<typeof stack>) => {
    const x = ffForward(s, new Float64Array(s.width));
    const seed = new Float64Array(s.width);
    seed[0] = 1;
    return ffBackward(s, x, seed)[0]!;
  };
  it("residual x + 0.1 tanh(x) stack of 10 at x = 0: (1.1)^10", () => {
    expectPrinted(jacNorm(stack(true, 0.1, 10)), "2.5937424601");
    expectRel(jacNorm(stack(true, 0.1, 10)), 1.1 ** 10, 1e-12);
  });
  it("plain 0.1 tanh stack: 0.1^10", () => expectRel(jacNorm(stack(false, 0.1, 10)), 1e-10, 1e-9));
});

describe("O11: clipping by norm (Pascanu 2013, Alg. 1)", () => {
  it.each([
    [1, [0.6, 0.8]],
    [2, [1.2, 1.6]],
    [5, [3, 4]],
    [7, [3, 4]],
  ])("threshold %s", (threshold, expected) => {
    const r = clipByNorm([3, 4], threshold);
    Array.from(r.clipped).forEach((v, i) => expectRel(v, expected[i]!, 1e-12));
    expect(r.norm).toBe(5);
  });
});

describe("O12: one-unit linear x_t = 1.1 x_{t-1}, x_0 = 0.5, t = 50", () => {
  it("x, dx/dw, d2x/dw2 (forward mode)", () => {
    const r = scalarRecurrence(1.1, 0.5, 50);
    expectPrinted(r.x, "58.69542644");
    expectPrinted(r.dxdw, "2667.973929");
    expectPrinted(r.d2xdw2, "118846.1114");
    expectRel(r.x, 0.5 * 1.1 ** 50, 1e-12);
    expectRel(r.dxdw, 0.5 * 50 * 1.1 ** 49, 1e-12);
    expectRel(r.d2xdw2, 0.5 * 50 * 49 * 1.1 ** 48, 1e-12);
  });
  it("dx/dw by BPTT (weight gradient) agrees", () => {
    const spec = TraceSpec.parse(linearRnn([[1.1]], 50, [0.5]));
    const { params, inputs, h0 } = resolveTrace(spec);
    if (params.kind !== "rnn") throw new Error("rnn expected");
    const fwd = rnnForward(params, inputs, 50, h0);
    const g = rnnBackward(params, fwd, inputs, Float64Array.of(1), { weightGrads: true });
    expectPrinted(fwd.h[50], "58.69542644");
    expectPrinted(g.weightHH?.[0], "2667.973929");
    expectRel(g.weightHH?.[0], 0.5 * 50 * 1.1 ** 49, 1e-12);
  });
});
