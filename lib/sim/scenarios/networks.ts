/**
 * The seeded networks and the trace that the comparison scenarios share: each scenario draws
 * its own weights from its seed (a fresh generator per network, so adding a network to a plot
 * never changes the others) and traces full BPTT from zero states.
 */
import { drawWeights, type InitName } from "../init";
import { lstmCell, type LstmForward } from "../models/lstm";
import { rnnCell, type RnnForward } from "../models/rnn";
import type {
  GradientMode,
  GruParams,
  LstmParams,
  RecurrentParams,
  RnnParams,
} from "../models/types";
import type { ResolvedTrace } from "../resolve";
import { createRng } from "../rng";
import { traceForward, traceResolved, type TraceResult } from "../trace";

export interface NetworkOptions {
  seed: number;
  hiddenSize: number;
  inputSize: number;
  init?: InitName;
  /** Multiplies the drawn weights (e.g. the recurrent scale of an exploding example). */
  scale?: number;
}

/** Full BPTT from zero initial states, without Jacobians: what every comparison plot runs. */
export function fullTrace(
  params: RecurrentParams,
  steps: number,
  inputs: Float64Array,
): TraceResult {
  return traceResolved(fromZero(params, steps, inputs, "full-bptt"));
}

function fromZero(
  params: RecurrentParams,
  steps: number,
  inputs: Float64Array,
  mode: GradientMode,
): ResolvedTrace {
  const zeros = new Float64Array(params.hiddenSize);
  return { params, steps, inputs, h0: zeros, c0: zeros, mode, jacobian: false };
}

/** `fullTrace` of a tanh RNN and the forward pass it ran, for panels that read the states too. */
export function rnnTraceAndForward(
  params: RnnParams,
  steps: number,
  inputs: Float64Array,
): { trace: TraceResult; forward: RnnForward } {
  const r = fromZero(params, steps, inputs, "full-bptt");
  const cell = rnnCell(params);
  const forward = cell.forward(inputs, steps, r.h0);
  return { trace: traceForward(r, cell, forward), forward };
}

/**
 * An LSTM from zero states differentiated twice from ONE forward pass: full BPTT (`full`, as
 * `fullTrace`) and the 1997 truncation (`cellPath`: ∂L/∂c_k through the cell path alone). The
 * forward pass does not depend on the gradient mode, so both are what two traces would give.
 */
export function lstmTraces(
  params: LstmParams,
  steps: number,
  inputs: Float64Array,
): { full: TraceResult; cellPath: TraceResult; forward: LstmForward } {
  const r = fromZero(params, steps, inputs, "full-bptt");
  const fullCell = lstmCell(params, "full-bptt");
  const forward = fullCell.forward(inputs, steps, r.h0, r.c0);
  const truncated = { ...r, mode: "truncated-1997" as const };
  return {
    full: traceForward(r, fullCell, forward),
    cellPath: traceForward(truncated, lstmCell(params, "truncated-1997"), forward),
    forward,
  };
}

export function seededTanhRnn(o: NetworkOptions): RnnParams {
  const w = drawWeights(
    o.init ?? "pytorch-uniform",
    1,
    o.hiddenSize,
    o.inputSize,
    createRng(o.seed),
    o.scale ?? 1,
  );
  return {
    kind: "rnn",
    hiddenSize: o.hiddenSize,
    inputSize: o.inputSize,
    activation: "tanh",
    weightIH: w.weightIH,
    weightHH: w.weightHH,
    bias: w.biasIH,
  };
}

/**
 * An LSTM with a forget gate. `forgetBias.add` shifts the drawn forget-gate biases (the usual
 * "initialise the forget bias to b" of Jozefowicz et al. 2015); `forgetBias.set` replaces them.
 */
export function seededLstm(
  o: NetworkOptions & { forgetBias: { add: number } | { set: number } },
): LstmParams {
  const H = o.hiddenSize;
  const w = drawWeights(
    o.init ?? "pytorch-uniform",
    4,
    H,
    o.inputSize,
    createRng(o.seed),
    o.scale ?? 1,
  );
  // Gate order i, f, g, o: the forget-gate biases are entries H .. 2H-1.
  for (let u = 0; u < H; u++) {
    w.biasIH[H + u] =
      "set" in o.forgetBias ? o.forgetBias.set : w.biasIH[H + u]! + o.forgetBias.add;
  }
  return {
    kind: "lstm",
    hiddenSize: H,
    inputSize: o.inputSize,
    weightIH: w.weightIH,
    weightHH: w.weightHH,
    bias: w.biasIH,
    forgetGate: true,
  };
}

/** A GRU with PyTorch's separate input and hidden biases. */
export function seededGru(o: NetworkOptions): GruParams {
  const w = drawWeights(
    o.init ?? "pytorch-uniform",
    3,
    o.hiddenSize,
    o.inputSize,
    createRng(o.seed),
    o.scale ?? 1,
    true,
  );
  return {
    kind: "gru",
    hiddenSize: o.hiddenSize,
    inputSize: o.inputSize,
    weightIH: w.weightIH,
    weightHH: w.weightHH,
    biasIH: w.biasIH,
    biasHH: w.biasHH,
  };
}
