/**
 * Central finite differences against the hand-written backward passes, for every model.
 * dL/dh_k is checked by perturbing h_k and re-running the forward pass from step k.
 */
import { describe, expect, it } from "vitest";
import {
  createRng,
  ffBackward,
  ffForward,
  rnnBackward,
  rnnForward,
  sigmoid,
  TraceSpec,
  type FeedForwardStack,
  type RnnParams,
} from "@/lib/sim";
import { ACTIVATION_NAMES } from "@/lib/sim/activations";
import { gruBackward, gruForward } from "@/lib/sim/models/gru";
import { lstmBackward, lstmForward } from "@/lib/sim/models/lstm";
import type { GruParams, LstmParams } from "@/lib/sim/models/types";
import { resolveTrace } from "@/lib/sim/resolve";

const EPS = 1e-6;
const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);

function expectClose(analytic: number, fd: number): void {
  if (!(Math.abs(analytic - fd) <= 1e-7 + 1e-6 * Math.abs(analytic))) {
    throw new Error(`analytic ${analytic} vs finite difference ${fd}`);
  }
}

/** d/dε f(ε) at 0 by central differences. */
const central = (f: (eps: number) => number) => (f(EPS) - f(-EPS)) / (2 * EPS);

function resolved(model: "rnn" | "lstm" | "gru", extra: Record<string, unknown>) {
  const T = 12;
  const rng = createRng(77);
  const spec = TraceSpec.parse({
    model,
    hiddenSize: 5,
    inputSize: 3,
    steps: T,
    seed: 21,
    initScale: 1.5,
    inputs: Array.from({ length: T }, () => [rng.normal(), rng.normal(), rng.normal()]),
    initialHidden: Array.from({ length: 5 }, () => 0.5 * rng.normal()),
    ...extra,
  });
  return resolveTrace(spec);
}

const withBump = (v: Float64Array, j: number, eps: number) => {
  const out = v.slice();
  out[j] = out[j]! + eps;
  return out;
};

describe("RNN BPTT against finite differences", () => {
  it.each(ACTIVATION_NAMES)("activation %s: dL/dh_k and weight gradients", (activation) => {
    const r = resolved("rnn", { activation });
    const p = r.params as RnnParams;
    const H = 5;
    const I = 3;
    const T = r.steps;
    const fwd = rnnForward(p, r.inputs, T, r.h0);
    const g = rnnBackward(p, fwd, r.inputs, new Float64Array(H).fill(1), { weightGrads: true });
    for (const k of [0, 1, 6, T]) {
      const hk = fwd.h.slice(k * H, (k + 1) * H);
      for (let j = 0; j < H; j++) {
        const fd = central((e) =>
          sum(rnnForward(p, r.inputs.subarray(k * I), T - k, withBump(hk, j, e)).h.subarray(-H)),
        );
        expectClose(g.dH[k * H + j]!, fd);
      }
    }
    const loss = (q: RnnParams) => sum(rnnForward(q, r.inputs, T, r.h0).h.subarray(-H));
    for (const [name, grad] of [
      ["weightHH", g.weightHH],
      ["weightIH", g.weightIH],
      ["bias", g.bias],
    ] as const) {
      for (const idx of [0, 2, 4, grad!.length - 1]) {
        const fd = central((e) => loss({ ...p, [name]: withBump(p[name], idx, e) }));
        expectClose(grad![idx]!, fd);
      }
    }
  });
});

describe("LSTM BPTT against finite differences", () => {
  it.each([true, false])("full BPTT (forgetGate %s): dL/dh_k and dL/dc_k", (forgetGate) => {
    const r = resolved("lstm", { forgetGate, forgetBias: 1, initialCell: [0.3, -0.2, 1, 0, -1] });
    const p = r.params as LstmParams;
    const H = 5;
    const I = 3;
    const T = r.steps;
    const fwd = lstmForward(p, r.inputs, T, r.h0, r.c0);
    const g = lstmBackward(p, fwd, new Float64Array(H).fill(1), null, "full-bptt");
    const lossFrom = (k: number, h: Float64Array, c: Float64Array) =>
      sum(lstmForward(p, r.inputs.subarray(k * I), T - k, h, c).h.subarray(-H));
    for (const k of [0, 1, 5, T - 1, T]) {
      const hk = fwd.h.slice(k * H, (k + 1) * H);
      const ck = fwd.c.slice(k * H, (k + 1) * H);
      for (let j = 0; j < H; j++) {
        expectClose(
          g.dH[k * H + j]!,
          central((e) => lossFrom(k, withBump(hk, j, e), ck)),
        );
        // c_k also reaches the loss through h_k = o_k tanh(c_k) (k >= 1; h_0 is given).
        const fdC = central((e) => {
          const c = withBump(ck, j, e);
          const h = hk.slice();
          if (k >= 1) h[j] = fwd.gates[(k - 1) * 4 * H + 3 * H + j]! * Math.tanh(c[j]!);
          return lossFrom(k, h, c);
        });
        expectClose(g.dC[k * H + j]!, fdC);
      }
    }
  });

  it("1997 truncated gradient against a forward with h_{t-1} in the gates held constant", () => {
    const r = resolved("lstm", { forgetBias: 0.5, initialCell: [0.3, -0.2, 1, 0, -1] });
    const p = r.params as LstmParams;
    const H = 5;
    const I = 3;
    const T = r.steps;
    const fwd = lstmForward(p, r.inputs, T, r.h0, r.c0);
    const g = lstmBackward(p, fwd, new Float64Array(H).fill(1), null, "truncated-1997");
    expect(g.mode).toBe("truncated-1997");
    // Stop-gradient forward: the gate pre-activations see the baseline h_{t-1} (a constant),
    // whatever the perturbed run's h is; only c (and h_T through it) responds.
    const stopGradLoss = (k: number, hk: Float64Array, ck: Float64Array) => {
      let h = hk.slice();
      let c = ck.slice();
      for (let t = k + 1; t <= T; t++) {
        const hConst = fwd.h.subarray((t - 1) * H, t * H);
        const nh = new Float64Array(H);
        const nc = new Float64Array(H);
        for (let u = 0; u < H; u++) {
          const pre = (gate: number) => {
            const row = gate * H + u;
            let a = p.bias[row]!;
            for (let j = 0; j < I; j++) a += p.weightIH[row * I + j]! * r.inputs[(t - 1) * I + j]!;
            for (let j = 0; j < H; j++) a += p.weightHH[row * H + j]! * hConst[j]!;
            return a;
          };
          const [i, f, gg, o] = [
            sigmoid(pre(0)),
            sigmoid(pre(1)),
            Math.tanh(pre(2)),
            sigmoid(pre(3)),
          ];
          nc[u] = f * c[u]! + i * gg;
          nh[u] = o * Math.tanh(nc[u]!);
        }
        h = nh;
        c = nc;
      }
      return sum(h);
    };
    for (const k of [0, 1, 5, T - 1, T]) {
      const hk = fwd.h.slice(k * H, (k + 1) * H);
      const ck = fwd.c.slice(k * H, (k + 1) * H);
      for (let j = 0; j < H; j++) {
        expectClose(
          g.dH[k * H + j]!,
          central((e) => stopGradLoss(k, withBump(hk, j, e), ck)),
        );
        const fdC = central((e) => {
          const c = withBump(ck, j, e);
          const h = hk.slice();
          if (k >= 1) h[j] = fwd.gates[(k - 1) * 4 * H + 3 * H + j]! * Math.tanh(c[j]!);
          return stopGradLoss(k, h, c);
        });
        expectClose(g.dC[k * H + j]!, fdC);
      }
    }
    // Truncation leaves h_k (k < T) no path to the loss.
    expect(Array.from(g.dH.subarray(0, T * H)).every((v) => v === 0)).toBe(true);
  });
});

describe("GRU BPTT against finite differences", () => {
  it("dL/dh_k", () => {
    const r = resolved("gru", {});
    const p = r.params as GruParams;
    const H = 5;
    const I = 3;
    const T = r.steps;
    const fwd = gruForward(p, r.inputs, T, r.h0);
    const dH = gruBackward(p, fwd, new Float64Array(H).fill(1));
    for (const k of [0, 1, 6, T]) {
      const hk = fwd.h.slice(k * H, (k + 1) * H);
      for (let j = 0; j < H; j++) {
        const fd = central((e) =>
          sum(gruForward(p, r.inputs.subarray(k * I), T - k, withBump(hk, j, e)).h.subarray(-H)),
        );
        expectClose(dH[k * H + j]!, fd);
      }
    }
  });
});

describe("feed-forward stacks against finite differences", () => {
  it.each([
    [false, "tanh"],
    [true, "tanh"],
    [false, "sigmoid"],
    [true, "relu"],
  ] as const)("residual %s, %s", (residual, activation) => {
    const n = 4;
    const L = 8;
    const rng = createRng(3);
    const s: FeedForwardStack = {
      width: n,
      layers: L,
      activation,
      residual,
      weights: Float64Array.from({ length: L * n * n }, () => rng.normal() / Math.sqrt(n)),
      biases: Float64Array.from({ length: L * n }, () => 0.1 * rng.normal()),
    };
    const x0 = Float64Array.from({ length: n }, () => rng.normal());
    const x = ffForward(s, x0);
    const dx = ffBackward(s, x, new Float64Array(n).fill(1));
    for (const l of [0, 3, L]) {
      const sub: FeedForwardStack = {
        ...s,
        layers: L - l,
        weights: s.weights.subarray(l * n * n),
        biases: s.biases.subarray(l * n),
      };
      const xl = x.slice(l * n, (l + 1) * n);
      for (let j = 0; j < n; j++) {
        const fd = central((e) => sum(ffForward(sub, withBump(xl, j, e)).subarray(-n)));
        expectClose(dx[l * n + j]!, fd);
      }
    }
  });
});
