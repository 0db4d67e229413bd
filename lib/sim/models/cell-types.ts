/**
 * The one interface of the three recurrent cells, so callers (trace, Jacobians, scenarios, the
 * training library) never branch on the model: forward over a sequence, then backward from a
 * seed on the last state, with the same shapes for RNN, LSTM and GRU. Apart from cell.ts, which
 * picks the cell, so that the cells can implement it without importing their own factory.
 */
import type { GradientMode } from "./types";

export interface CellForward {
  readonly steps: number;
  /** (T+1) x H: h_0 .. h_T */
  readonly h: Float64Array;
  /** (T+1) x H: c_0 .. c_T, for cells with a separate cell state (the LSTM). */
  readonly c?: Float64Array;
}

export interface CellGrads {
  /** (T+1) x H: dL/dh_k for k = 0..T (k = T is the seed). */
  dH: Float64Array;
  /** (T+1) x H: dL/dc_k, the LSTM's total cell gradient; absent for RNN and GRU. */
  dC?: Float64Array;
}

export interface Cell<F extends CellForward = CellForward, D extends CellGrads = CellGrads> {
  readonly kind: "rnn" | "lstm" | "gru";
  readonly hiddenSize: number;
  readonly inputSize: number;
  /** "truncated-1997" only for an LSTM built in that mode; every other cell is "full-bptt". */
  readonly mode: GradientMode;
  /** Whether forward returns c and backward dC (and takes a cell seed). */
  readonly hasCellState: boolean;
  /** x: T x I inputs; h0 (and c0 for the LSTM; ignored otherwise): initial states of length H. */
  forward(x: Float64Array, steps: number, h0: Float64Array, c0?: Float64Array): F;
  /**
   * BPTT from seeds dL/dh_T and dL/dc_T (null: 0; ignored without a cell state). Writes into
   * `out` when given (see `grads`), so repeated passes (Jacobians) do not allocate.
   */
  backward(fwd: F, seedH: Float64Array, seedC?: Float64Array | null, out?: CellGrads): D;
  /** Buffers for `backward` over `steps` steps. */
  grads(steps: number): D;
}
