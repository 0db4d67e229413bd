/**
 * trace(spec): run a recurrent model forward, backpropagate loss = Σ h_T by hand, and report
 * per-step gradient norms (and optionally exact Jacobian norms). The same function backs the
 * CLI (`npm run sim -- trace --spec FILE`), the API routes and the scenarios.
 */
import { fromZodError } from "./errors";
import { jacobianNorms, unit } from "./jacobian";
import { norm2 } from "./linalg";
import { createCell, type Cell, type CellForward } from "./models/cell";
import type { GradientMode } from "./models/types";
import { resolveTrace, type ResolvedTrace } from "./resolve";
import { TraceSpec } from "./spec";
import { traceWeightGrads, type TraceWeightGrads } from "./train/trace-grads";

export interface TraceResult {
  model: "rnn" | "lstm" | "gru";
  /** RNN and GRU are always "full-bptt". */
  mode: GradientMode;
  hiddenSize: number;
  inputSize: number;
  steps: number;
  /** Σ_i h_T[i]; null if it overflowed. */
  loss: number | null;
  /** h_T; null entries overflowed. */
  finalHidden: (number | null)[];
  /** ||dloss/dh_k||_2 for k = 0..steps (k = 0 is the initial state). */
  hiddenGradNorms: (number | null)[];
  /** LSTM only: ||dloss/dc_k||_2 for k = 0..steps. */
  cellGradNorms?: (number | null)[];
  /** With jacobian: true, ||dh_T/dh_k||_2 for k = 0..steps. */
  jacobianNorms?: (number | null)[];
  /** LSTM with jacobian: true: ||dc_T/dc_k||_2 for k = 0..steps. */
  cellJacobianNorms?: (number | null)[];
  /**
   * First step whose value was not finite, in computation order: forward t = 1..T (states),
   * then backward k = T..0 (gradients), then Jacobians k = T..0. null if none.
   */
  overflowStep: number | null;
  /**
   * With weightGrads: true, d(loss)/d(weights) in the layout of the spec's `weights` (the GRU's
   * two biases apart); null entries overflowed.
   */
  weightGrads?: TraceWeightGrads;
}

/** Parse with TraceSpec (throws SimInputError naming the fields) and run. */
export function trace(spec: unknown): TraceResult {
  const parsed = TraceSpec.safeParse(spec);
  if (!parsed.success) throw fromZodError(parsed.error);
  return traceResolved(resolveTrace(parsed.data));
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Runs an already-resolved model (no parsing; scenarios call this). */
export function traceResolved(r: ResolvedTrace): TraceResult {
  const cell = createCell(r.params, r.mode);
  return traceForward(r, cell, cell.forward(r.inputs, r.steps, r.h0, r.c0));
}

/**
 * The rest of `traceResolved` for a forward pass already run from r's inputs and initial
 * states: BPTT with `cell` (made from r.params in r.mode), the norms and the overflow step.
 * The forward pass does not depend on the gradient mode, so one pass can be differentiated in
 * several modes, each with its own cell, giving what separate traces give, bit for bit.
 */
export function traceForward(r: ResolvedTrace, cell: Cell, fwd: CellForward): TraceResult {
  const p = r.params;
  const H = p.hiddenSize;
  const T = r.steps;
  const seed = new Float64Array(H).fill(1);
  const overflow = new OverflowTracker();
  const h = fwd.h;
  if (fwd.c) overflow.scan(fwd.c, H, 1, T);
  const { dH, dC } = cell.backward(fwd, seed);
  let jac: number[] | undefined;
  let cellJac: number[] | undefined;
  if (r.jacobian) {
    const buf = cell.grads(T);
    const e = new Float64Array(H);
    const zero = new Float64Array(H);
    jac = jacobianNorms(H, T, (j) => cell.backward(fwd, unit(e, j), null, buf).dH);
    if (cell.hasCellState) {
      cellJac = jacobianNorms(H, T, (j) => cell.backward(fwd, zero, unit(e, j), buf).dC!);
    }
  }
  overflow.scan(h, H, 1, T);
  const hiddenGradNorms = stepNorms(dH, H, T);
  const cellGradNorms = dC ? stepNorms(dC, H, T) : undefined;
  overflow.scanNorms(hiddenGradNorms, cellGradNorms);
  if (jac) overflow.scanNorms(jac, cellJac);
  let loss = 0;
  for (let u = 0; u < H; u++) loss += h[T * H + u]!;
  const result: TraceResult = {
    model: p.kind,
    mode: r.mode,
    hiddenSize: H,
    inputSize: p.inputSize,
    steps: T,
    loss: finiteOrNull(loss),
    finalHidden: Array.from(h.subarray(T * H), finiteOrNull),
    hiddenGradNorms: hiddenGradNorms.map(finiteOrNull),
    ...(cellGradNorms ? { cellGradNorms: cellGradNorms.map(finiteOrNull) } : {}),
    ...(jac ? { jacobianNorms: jac.map(finiteOrNull) } : {}),
    ...(cellJac ? { cellJacobianNorms: cellJac.map(finiteOrNull) } : {}),
    overflowStep: overflow.step,
    ...(r.weightGrads ? { weightGrads: traceWeightGrads(r) } : {}),
  };
  return result;
}

/** ||v_k||_2 for each of the T+1 rows of a (T+1) x H array. */
export function stepNorms(a: Float64Array, H: number, T: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= T; k++) out.push(norm2(a, k * H, H));
  return out;
}

class OverflowTracker {
  step: number | null = null;

  /** Forward states: the first t in [from, to] with a non-finite entry (earliest of all scans). */
  scan(a: Float64Array, H: number, from: number, to: number): void {
    for (let t = from; t <= to; t++) {
      for (let u = 0; u < H; u++) {
        if (!Number.isFinite(a[t * H + u]!)) {
          if (this.step === null || t < this.step) this.step = t;
          return;
        }
      }
    }
  }

  /** Backward quantities are computed from k = T down to 0: the first is the largest k. */
  scanNorms(a: number[], b?: number[]): void {
    if (this.step !== null) return;
    for (let k = a.length - 1; k >= 0; k--) {
      if (!Number.isFinite(a[k]!) || (b && !Number.isFinite(b[k]!))) {
        this.step = k;
        return;
      }
    }
  }
}
