/**
 * Turns a parsed TraceSpec into model parameters, inputs and initial states (Float64Arrays).
 * Defaults: activation "tanh", seed 0, init "pytorch-uniform", initScale 1, inputs and initial
 * states zero, LSTM mode full BPTT with a forget gate and forgetBias 0. Weights not given in
 * `weights` are drawn from the initialiser; `forgetBias` is added to the f-gate bias entries
 * afterwards, whether the bias was given or drawn.
 */
import { drawWeights } from "./init";
import type { GradientMode, RecurrentParams } from "./models/types";
import { createRng } from "./rng";
import type { TraceSpec } from "./spec";

export interface ResolvedTrace {
  params: RecurrentParams;
  steps: number;
  /** steps x inputSize */
  inputs: Float64Array;
  h0: Float64Array;
  c0: Float64Array;
  mode: GradientMode;
  jacobian: boolean;
  weightGrads?: boolean;
}

export function flatten(rows: readonly (readonly number[])[]): Float64Array {
  const cols = rows[0]?.length ?? 0;
  const out = new Float64Array(rows.length * cols);
  rows.forEach((row, r) => out.set(row, r * cols));
  return out;
}

export function resolveTrace(s: TraceSpec): ResolvedTrace {
  const H = s.hiddenSize;
  const I = s.inputSize;
  const G = s.model === "rnn" ? 1 : s.model === "lstm" ? 4 : 3;
  const drawn = drawWeights(
    s.init ?? "pytorch-uniform",
    G,
    H,
    I,
    createRng(s.seed ?? 0),
    s.initScale ?? 1,
    s.model === "gru",
  );
  const w = s.weights ?? {};
  const weightIH = w.weightIH ? flatten(w.weightIH) : drawn.weightIH;
  const weightHH = w.weightHH ? flatten(w.weightHH) : drawn.weightHH;
  const inputs = s.inputs ? flatten(s.inputs) : new Float64Array(s.steps * I);
  const h0 = s.initialHidden ? Float64Array.from(s.initialHidden) : new Float64Array(H);
  const c0 = s.initialCell ? Float64Array.from(s.initialCell) : new Float64Array(H);
  const base = {
    steps: s.steps,
    inputs,
    h0,
    c0,
    jacobian: s.jacobian ?? false,
    weightGrads: s.weightGrads ?? false,
  };
  if (s.model === "gru") {
    return {
      ...base,
      mode: "full-bptt",
      params: {
        kind: "gru",
        hiddenSize: H,
        inputSize: I,
        weightIH,
        weightHH,
        biasIH: w.biasIH ? Float64Array.from(w.biasIH) : drawn.biasIH,
        biasHH: w.biasHH ? Float64Array.from(w.biasHH) : drawn.biasHH,
      },
    };
  }
  const bias = w.bias ? Float64Array.from(w.bias) : drawn.biasIH;
  if (s.model === "rnn") {
    return {
      ...base,
      mode: "full-bptt",
      params: {
        kind: "rnn",
        hiddenSize: H,
        inputSize: I,
        activation: s.activation ?? "tanh",
        weightIH,
        weightHH,
        bias,
      },
    };
  }
  const forgetBias = s.forgetBias ?? 0;
  for (let u = 0; u < H; u++) bias[H + u] = bias[H + u]! + forgetBias;
  const truncated = s.mode === "truncated" || s.mode === "truncated-1997";
  return {
    ...base,
    mode: truncated ? "truncated-1997" : "full-bptt",
    params: {
      kind: "lstm",
      hiddenSize: H,
      inputSize: I,
      weightIH,
      weightHH,
      bias,
      forgetGate: s.forgetGate ?? true,
    },
  };
}
