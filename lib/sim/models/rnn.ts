/**
 * Vanilla (Elman) RNN, h_t = act(W_ih x_t + W_hh h_{t-1} + b), with backpropagation through
 * time written out by hand: each backward line mirrors the forward line it differentiates.
 * The hot loops are the fused products of kernel.ts; buffers are allocated once per call.
 */
import { ACTIVATIONS } from "../activations";
import type { Cell, CellForward, CellGrads } from "./cell-types";
import { packGateBlock, type GateBlock } from "./kernel";
import type { RnnParams } from "./types";

export interface RnnForward extends CellForward {
  steps: number;
  /** (T+1) x H: h_0 .. h_T */
  h: Float64Array;
}

export interface RnnGrads extends CellGrads {
  /** (T+1) x H: dL/dh_k for k = 0..T. */
  dH: Float64Array;
  /** Weight gradients, when asked for. */
  weightIH?: Float64Array;
  weightHH?: Float64Array;
  bias?: Float64Array;
}

/** The RNN as a `Cell`. Weights are packed when the cell is made. */
export function rnnCell(p: RnnParams): Cell<RnnForward, RnnGrads> {
  const H = p.hiddenSize;
  const block = packGateBlock(p.weightIH, p.weightHH, H, p.inputSize, H);
  return {
    kind: "rnn",
    hiddenSize: H,
    inputSize: p.inputSize,
    mode: "full-bptt",
    hasCellState: false,
    forward: (x, steps, h0) => forwardPacked(p, block, x, steps, h0),
    // The cell's backward needs no inputs: x only enters the weight gradients.
    backward: (fwd, seedH, _seedC, out) =>
      backwardPacked(p, block, fwd, new Float64Array(0), seedH, { dH: out?.dH }),
    grads: (steps) => ({ dH: new Float64Array((steps + 1) * H) }),
  };
}

/** x: T x I inputs, h0: H initial state. */
/** The first `steps` steps of a forward pass, as a view (see `lstmForwardPrefix`). */
export function rnnForwardPrefix(fwd: RnnForward, steps: number): RnnForward {
  const H = fwd.h.length / (fwd.steps + 1);
  if (!(steps >= 0 && steps <= fwd.steps))
    throw new RangeError(`rnnForwardPrefix: steps must be in [0, ${fwd.steps}], got ${steps}`);
  return { steps, h: fwd.h.subarray(0, (steps + 1) * H) };
}

export function rnnForward(
  p: RnnParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
): RnnForward {
  return forwardPacked(
    p,
    packGateBlock(p.weightIH, p.weightHH, p.hiddenSize, p.inputSize, p.hiddenSize),
    x,
    steps,
    h0,
  );
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
  const block = packGateBlock(p.weightIH, p.weightHH, p.hiddenSize, p.inputSize, p.hiddenSize);
  return backwardPacked(p, block, fwd, x, seed, opts);
}

function forwardPacked(
  p: RnnParams,
  block: GateBlock,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
): RnnForward {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const act = ACTIVATIONS[p.activation].output;
  const h = new Float64Array((steps + 1) * H);
  const a = new Float64Array(H);
  h.set(h0.subarray(0, H));
  for (let t = 1; t <= steps; t++) {
    const cur = t * H;
    // a_t = b + [W_ih | W_hh] [x_t | h_{t-1}]
    block.gates(x, (t - 1) * I, h, (t - 1) * H, p.bias, a);
    for (let r = 0; r < H; r++) h[cur + r] = act(a[r]!);
  }
  return { steps, h };
}

function backwardPacked(
  p: RnnParams,
  block: GateBlock,
  fwd: RnnForward,
  x: Float64Array,
  seed: Float64Array,
  opts: { weightGrads?: boolean; dH?: Float64Array },
): RnnGrads {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const T = fwd.steps;
  const der = ACTIVATIONS[p.activation].der;
  const h = fwd.h;
  const dH = opts.dH ?? new Float64Array((T + 1) * H);
  const delta = new Float64Array(H);
  const gIH = opts.weightGrads ? new Float64Array(H * I) : undefined;
  const gHH = opts.weightGrads ? new Float64Array(H * H) : undefined;
  const gB = opts.weightGrads ? new Float64Array(H) : undefined;
  dH.set(seed.subarray(0, H), T * H);
  for (let t = T; t >= 1; t--) {
    const cur = t * H;
    const prev = (t - 1) * H;
    // forward: h_t = act(a_t)  ->  delta = dL/da_t
    for (let r = 0; r < H; r++) delta[r] = dH[cur + r]! * der(h[cur + r]!);
    // forward: a_t = W_hh h_{t-1} + ...  ->  dh_{t-1} = W_hhᵀ delta
    block.backHidden(delta, dH, prev);
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
