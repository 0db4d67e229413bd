/**
 * Vanilla (Elman) RNN, h_t = act(W_ih x_t + W_hh h_{t-1} + b), with backpropagation through
 * time written out by hand: each backward line mirrors the forward line it differentiates.
 * Buffers are allocated once per call and the loops are plain Float64Array loops.
 */
import { ACTIVATIONS } from "../activations";
import type { RnnParams } from "./types";

export interface RnnForward {
  steps: number;
  /** (T+1) x H: h_0 .. h_T */
  h: Float64Array;
}

/** x: T x I inputs, h0: H initial state. */
export function rnnForward(
  p: RnnParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
): RnnForward {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const act = ACTIVATIONS[p.activation].output;
  const { weightIH: wih, weightHH: whh, bias } = p;
  const h = new Float64Array((steps + 1) * H);
  h.set(h0.subarray(0, H));
  for (let t = 1; t <= steps; t++) {
    const prev = (t - 1) * H;
    const cur = t * H;
    const xo = (t - 1) * I;
    for (let r = 0; r < H; r++) {
      let a = bias[r]!;
      const ri = r * I;
      for (let j = 0; j < I; j++) a += wih[ri + j]! * x[xo + j]!;
      const rh = r * H;
      for (let j = 0; j < H; j++) a += whh[rh + j]! * h[prev + j]!;
      h[cur + r] = act(a);
    }
  }
  return { steps, h };
}

export interface RnnGrads {
  /** (T+1) x H: dL/dh_k for k = 0..T. */
  dH: Float64Array;
  /** Weight gradients, when asked for. */
  weightIH?: Float64Array;
  weightHH?: Float64Array;
  bias?: Float64Array;
}

/**
 * BPTT from a seed dL/dh_T. dh_{t-1} = W_hhᵀ (act'(a_t) ⊙ dh_t), the product of Jacobians
 * diag(act') W_hh whose norms Pascanu et al. (2013) bound by γ·||W_hh||.
 */
export function rnnBackward(
  p: RnnParams,
  fwd: RnnForward,
  x: Float64Array,
  seed: Float64Array,
  opts: { weightGrads?: boolean; dH?: Float64Array } = {},
): RnnGrads {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const T = fwd.steps;
  const der = ACTIVATIONS[p.activation].der;
  const { weightHH: whh } = p;
  const h = fwd.h;
  const dH = opts.dH ?? new Float64Array((T + 1) * H);
  const delta = new Float64Array(H);
  const gIH = opts.weightGrads ? new Float64Array(H * I) : undefined;
  const gHH = opts.weightGrads ? new Float64Array(H * H) : undefined;
  const gB = opts.weightGrads ? new Float64Array(H) : undefined;
  dH.fill(0, 0, T * H);
  dH.set(seed.subarray(0, H), T * H);
  for (let t = T; t >= 1; t--) {
    const cur = t * H;
    const prev = (t - 1) * H;
    // forward: h_t = act(a_t)  ->  delta = dL/da_t
    for (let r = 0; r < H; r++) delta[r] = dH[cur + r]! * der(h[cur + r]!);
    // forward: a_t = W_hh h_{t-1} + ...  ->  dh_{t-1} = W_hhᵀ delta (row-wise axpy, cache friendly)
    for (let r = 0; r < H; r++) {
      const d = delta[r]!;
      if (d === 0) continue;
      const rh = r * H;
      for (let j = 0; j < H; j++) dH[prev + j]! += d * whh[rh + j]!;
    }
    if (gIH && gHH && gB) {
      const xo = (t - 1) * I;
      for (let r = 0; r < H; r++) {
        const d = delta[r]!;
        gB[r]! += d;
        for (let j = 0; j < I; j++) gIH[r * I + j]! += d * x[xo + j]!;
        for (let j = 0; j < H; j++) gHH[r * H + j]! += d * h[prev + j]!;
      }
    }
  }
  return gIH && gHH && gB ? { dH, weightIH: gIH, weightHH: gHH, bias: gB } : { dH };
}
