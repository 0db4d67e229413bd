/**
 * Buffers for one mini-batch of B sequences of up to T steps, allocated once and reused by every
 * forward and backward pass (no allocation per step or per iteration). Everything is time-major:
 * step t, then sequence b, then unit, so one step of the whole batch is one contiguous matrix.
 */
import type { Model } from "./model";

export interface Workspace {
  batch: number;
  maxSteps: number;
  /** T x B x I inputs; tasks write here. */
  x: Float64Array;
  /** B x H and B x H initial states (zeros unless a caller sets them). */
  h0: Float64Array;
  c0: Float64Array;
  /** T x B x K: [x_t, h_{t-1}] per step and sequence, the right operand of every gate row. */
  z: Float64Array;
  /** (T+1) x B x H hidden states h_0..h_T. */
  h: Float64Array;
  /** T x B x G·H gate activations (rnn: h_t; lstm: i f g o; gru: r z n). */
  act: Float64Array;
  /** lstm: (T+1) x B x H cell states and T x B x H tanh(c_t); gru: T x B x H (W_hn h + b_hn). */
  c: Float64Array;
  aux: Float64Array;
  /** Scratch: B x G·H pre-activations and their gradients; K x G·H transpose of W. */
  pre: Float64Array;
  preH: Float64Array;
  dpre: Float64Array;
  dpreH: Float64Array;
  dz: Float64Array;
  wT: Float64Array;
  /** B x H: dL/dh_k for the step being processed, and the cell carry dL/dc_k (lstm). */
  dh: Float64Array;
  dhNext: Float64Array;
  dc: Float64Array;
  /** ||dL/dh_k|| over the batch (Frobenius norm of the B x H matrix), k = 0..T. */
  dhNorms: Float64Array;
  /** B x O outputs of the read-out and dL/dy. */
  y: Float64Array;
  dy: Float64Array;
}

export function createWorkspace(m: Model, batch: number, maxSteps: number): Workspace {
  const { hiddenSize: H, inputSize: I, outputSize: O } = m.config;
  const { G, K } = m.layout;
  const B = batch;
  const T = maxSteps;
  const f = (n: number) => new Float64Array(n);
  const lstm = m.config.cell === "lstm";
  return {
    batch: B,
    maxSteps: T,
    x: f(T * B * I),
    h0: f(B * H),
    c0: f(B * H),
    z: f(T * B * K),
    h: f((T + 1) * B * H),
    act: f(T * B * G * H),
    c: f(lstm ? (T + 1) * B * H : 0),
    aux: f(m.config.cell === "rnn" ? 0 : (T + 1) * B * H),
    pre: f(B * G * H),
    preH: f(G * H),
    dpre: f(B * G * H),
    dpreH: f(G * H),
    dz: f(K),
    wT: f(K * G * H),
    dh: f(B * H),
    dhNext: f(B * H),
    dc: f(B * H),
    dhNorms: f(T + 1),
    y: f(B * O),
    dy: f(B * O),
  };
}

/** Options of one backward pass. */
export interface BackwardOptions {
  /**
   * Windowed truncation: backpropagate through the last `window` steps only (h and c at step
   * T - window are treated as constants). 0 or >= T: full BPTT.
   */
  window: number;
  /**
   * lstm only: Hochreiter & Schmidhuber 1997, appendix A.1: no error flows from the gates back
   * into h_{t-1}; only the cell path carries it.
   */
  truncate1997: boolean;
}

/** Squared Frobenius norm of the B x H slice at `off`. */
export function sumSquares(a: Float64Array, off: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = a[off + i]!;
    s += v * v;
  }
  return s;
}

/** Writes [x_t, h_{t-1}] of every sequence into the step-t block of ws.z. */
export function loadStep(m: Model, ws: Workspace, t: number): void {
  const { hiddenSize: H, inputSize: I } = m.config;
  const K = I + H;
  const { x, h, z } = ws;
  const B = ws.batch;
  for (let s = 0; s < B; s++) {
    const zo = ((t - 1) * B + s) * K;
    const xo = ((t - 1) * B + s) * I;
    const ho = ((t - 1) * B + s) * H;
    for (let j = 0; j < I; j++) z[zo + j] = x[xo + j]!;
    for (let j = 0; j < H; j++) z[zo + I + j] = h[ho + j]!;
  }
}
