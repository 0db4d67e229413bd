/**
 * Weight gradients for the trace contract: d(Σ_i h_T[i]) / d(weightIH, weightHH, bias) of a
 * resolved trace spec, in the spec's own PyTorch layout (gru: biasIH and biasHH), by the same
 * hand-written batched backward pass the trainer uses (one sequence). LSTM mode
 * "truncated-1997" gives the 1997 gradient (no error from the gates into h_{t-1}). Non-finite
 * entries are null, as everywhere in the trace result.
 */
import type { ResolvedTrace } from "../resolve";
import { createModel, setWeights, splitWeights } from "./model";
import { backwardFromDh, forward } from "./network";
import { createWorkspace } from "./workspace";

type Entry = number | null;

export interface TraceWeightGrads {
  weightIH: Entry[][];
  weightHH: Entry[][];
  /** rnn and lstm: d/d(b_ih + b_hh). */
  bias?: Entry[];
  /** gru only. */
  biasIH?: Entry[];
  biasHH?: Entry[];
}

const finite = (v: number): Entry => (Number.isFinite(v) ? v : null);
const list = (a: Float64Array): Entry[] => Array.from(a, finite);

export function traceWeightGrads(r: ResolvedTrace): TraceWeightGrads {
  const p = r.params;
  const H = p.hiddenSize;
  const I = p.inputSize;
  const m = createModel({
    cell: p.kind,
    activation: p.kind === "rnn" ? p.activation : "tanh",
    forgetGate: p.kind === "lstm" ? p.forgetGate : true,
    hiddenSize: H,
    inputSize: I,
    outputSize: 1,
  });
  if (p.kind === "gru") setWeights(m, { ...p, bias: p.biasIH }, p.biasHH);
  else setWeights(m, p);
  const ws = createWorkspace(m, 1, r.steps);
  ws.x.set(r.inputs.subarray(0, r.steps * I));
  ws.h0.set(r.h0.subarray(0, H));
  ws.c0.set(r.c0.subarray(0, H));
  forward(m, ws, r.steps);
  ws.dh.fill(1);
  const grad = new Float64Array(m.layout.size);
  backwardFromDh(m, ws, r.steps, grad, {
    window: 0,
    truncate1997: r.mode === "truncated-1997",
  });
  const g = splitWeights(m, grad);
  const rows = (a: Float64Array, cols: number) =>
    Array.from({ length: a.length / cols }, (_, i) => list(a.subarray(i * cols, (i + 1) * cols)));
  const out = { weightIH: rows(g.weightIH, I), weightHH: rows(g.weightHH, H) };
  if (p.kind === "gru")
    return { ...out, biasIH: list(g.bias), biasHH: list(g.biasHH ?? new Float64Array(0)) };
  return { ...out, bias: list(g.bias) };
}
