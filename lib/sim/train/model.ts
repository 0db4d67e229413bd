/**
 * A trainable recurrent network: one cell (rnn, lstm with or without a forget gate, gru) and a
 * linear read-out of the last hidden state. All parameters live in one Float64Array `theta`, so
 * the optimiser, clipping and gradient checks see a single vector; the cell's gate weights are
 * one fused row-major block W of G·H rows x (I + H) columns ([W_ih | W_hh] per row, gate order
 * as PyTorch: rnn 1, lstm i f g o, gru r z n), so each gate row is one contiguous dot product
 * with [x_t, h_{t-1}].
 *
 * Layout of theta: W (G·H x (I+H)) | b (G·H) | b_hh (G·H, gru only) | W_out (O x H) | b_out (O).
 * For the rnn and the lstm b = b_ih + b_hh; the gru keeps b_hh apart because PyTorch puts
 * b_hn inside r ⊙ (W_hn h + b_hn).
 */
import type { ActivationName } from "../activations";

export type CellKind = "rnn" | "lstm" | "gru";

export interface ModelConfig {
  cell: CellKind;
  /** rnn only; "relu" with init "irnn" is Le, Jaitly & Hinton 2015. */
  activation: ActivationName;
  /** lstm only: false is the 1997 LSTM (f ≡ 1; the f rows stay in theta with zero gradient). */
  forgetGate: boolean;
  hiddenSize: number;
  inputSize: number;
  outputSize: number;
}

export interface ModelLayout {
  /** Gate blocks: 1, 4 or 3. */
  G: number;
  /** Columns of W: I + H. */
  K: number;
  w: number;
  b: number;
  /** gru only (else -1). */
  bh: number;
  wOut: number;
  bOut: number;
  size: number;
}

export function gateBlocks(cell: CellKind): number {
  return cell === "rnn" ? 1 : cell === "lstm" ? 4 : 3;
}

export function layoutOf(c: ModelConfig): ModelLayout {
  const G = gateBlocks(c.cell);
  const H = c.hiddenSize;
  const K = c.inputSize + H;
  const rows = G * H;
  const w = 0;
  const b = w + rows * K;
  const bh = c.cell === "gru" ? b + rows : -1;
  const wOut = (c.cell === "gru" ? bh : b) + rows;
  const bOut = wOut + c.outputSize * H;
  return { G, K, w, b, bh, wOut, bOut, size: bOut + c.outputSize };
}

export interface Model {
  config: ModelConfig;
  layout: ModelLayout;
  theta: Float64Array;
}

export function createModel(config: ModelConfig, theta?: Float64Array): Model {
  const layout = layoutOf(config);
  const t = theta ?? new Float64Array(layout.size);
  if (t.length !== layout.size)
    throw new RangeError(`theta has ${t.length} entries, the layout needs ${layout.size}`);
  return { config, layout, theta: t };
}

/** PyTorch-layout views (copies) of the cell weights: weightIH G·H x I, weightHH G·H x H. */
export function splitWeights(m: Model, v: Float64Array = m.theta) {
  const { G, K, b, bh } = m.layout;
  const H = m.config.hiddenSize;
  const I = m.config.inputSize;
  const rows = G * H;
  const weightIH = new Float64Array(rows * I);
  const weightHH = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    weightIH.set(v.subarray(r * K, r * K + I), r * I);
    weightHH.set(v.subarray(r * K + I, (r + 1) * K), r * H);
  }
  const bias = v.slice(b, b + rows);
  const biasHH = bh >= 0 ? v.slice(bh, bh + rows) : undefined;
  return { weightIH, weightHH, bias, biasHH };
}

/** The inverse of splitWeights: writes PyTorch-layout cell weights into theta. */
export function setWeights(
  m: Model,
  w: { weightIH: ArrayLike<number>; weightHH: ArrayLike<number>; bias: ArrayLike<number> },
  biasHH?: ArrayLike<number>,
): void {
  const { G, K, b, bh } = m.layout;
  const H = m.config.hiddenSize;
  const I = m.config.inputSize;
  const th = m.theta;
  for (let r = 0; r < G * H; r++) {
    for (let j = 0; j < I; j++) th[r * K + j] = w.weightIH[r * I + j]!;
    for (let j = 0; j < H; j++) th[r * K + I + j] = w.weightHH[r * H + j]!;
    th[b + r] = w.bias[r]!;
    if (bh >= 0 && biasHH) th[bh + r] = biasHH[r]!;
  }
}
