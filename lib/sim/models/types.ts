/**
 * Parameter sets as the models use them: flat row-major Float64Arrays in PyTorch's layout
 * (torch.nn.RNN / LSTM / GRU, layer 0), so weights can be copied across unchanged.
 */
import type { ActivationName } from "../activations";

export interface RnnParams {
  kind: "rnn";
  hiddenSize: number;
  inputSize: number;
  activation: ActivationName;
  /** H x I */
  weightIH: Float64Array;
  /** H x H */
  weightHH: Float64Array;
  /** H: b_ih + b_hh */
  bias: Float64Array;
}

export interface LstmParams {
  kind: "lstm";
  hiddenSize: number;
  inputSize: number;
  /** 4H x I, gate blocks in PyTorch's order i, f, g, o. */
  weightIH: Float64Array;
  /** 4H x H */
  weightHH: Float64Array;
  /** 4H: b_ih + b_hh */
  bias: Float64Array;
  /**
   * false: the 1997 LSTM (Hochreiter & Schmidhuber), f ≡ 1 — the constant error carousel.
   * The f rows of the weights are then ignored. true: Gers et al. 2000.
   */
  forgetGate: boolean;
}

export interface GruParams {
  kind: "gru";
  hiddenSize: number;
  inputSize: number;
  /** 3H x I, gate blocks r, z, n. */
  weightIH: Float64Array;
  /** 3H x H */
  weightHH: Float64Array;
  /** 3H, b_ir | b_iz | b_in */
  biasIH: Float64Array;
  /** 3H, b_hr | b_hz | b_hn (b_hn sits inside r * (...), as in PyTorch) */
  biasHH: Float64Array;
}

export type RecurrentParams = RnnParams | LstmParams | GruParams;

/** Gradient modes. The 1997 truncation only exists for the LSTM. */
export type GradientMode = "full-bptt" | "truncated-1997";
