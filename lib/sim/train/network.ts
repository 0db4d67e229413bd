/**
 * Forward pass, loss and exact gradient of a whole network (cell + linear read-out of h_T) on
 * one mini-batch held in a Workspace. The loss is the batch mean: squared error for regression
 * tasks, softmax cross-entropy for classification tasks.
 */
import { gruBackward, gruForward } from "./gru";
import { lstmBackward, lstmForward } from "./lstm";
import type { Model } from "./model";
import { rnnBackward, rnnForward } from "./rnn";
import type { BackwardOptions, Workspace } from "./workspace";

export type LossKind = "mse" | "xent";

/** What a task asks the network to output for each sequence of a batch. */
export interface Targets {
  kind: LossKind;
  /** mse: B x O target values. */
  value: Float64Array;
  /** xent: B class indices in [0, O). */
  label: Int32Array;
  /** mse: an output counts as correct when |y - target| < tolerance (every output). */
  tolerance: number;
}

export function createTargets(kind: LossKind, batch: number, outputs: number): Targets {
  return {
    kind,
    value: new Float64Array(kind === "mse" ? batch * outputs : 0),
    label: new Int32Array(kind === "xent" ? batch : 0),
    tolerance: 0,
  };
}

export interface BatchResult {
  /** Mean loss over the batch. */
  loss: number;
  /** Fraction of the batch answered correctly. */
  accuracy: number;
}

export const FULL_BPTT: BackwardOptions = { window: 0, truncate1997: false };

/** Runs the cell over T steps and the read-out; leaves outputs in ws.y. */
export function forward(m: Model, ws: Workspace, T: number): void {
  if (T > ws.maxSteps) throw new RangeError(`steps ${T} > workspace maxSteps ${ws.maxSteps}`);
  const cell = m.config.cell;
  if (cell === "lstm") lstmForward(m, ws, T);
  else if (cell === "gru") gruForward(m, ws, T);
  else rnnForward(m, ws, T);
  const { hiddenSize: H, outputSize: O } = m.config;
  const { wOut, bOut } = m.layout;
  const th = m.theta;
  const hT = T * ws.batch * H;
  for (let s = 0; s < ws.batch; s++) {
    for (let o = 0; o < O; o++) {
      let a = th[bOut + o]!;
      for (let u = 0; u < H; u++) a += th[wOut + o * H + u]! * ws.h[hT + s * H + u]!;
      ws.y[s * O + o] = a;
    }
  }
}

/** Loss and accuracy of ws.y; also writes dL/dy into ws.dy. */
export function evaluate(m: Model, ws: Workspace, tg: Targets): BatchResult {
  const O = m.config.outputSize;
  const B = ws.batch;
  const { y, dy } = ws;
  let loss = 0;
  let correct = 0;
  if (tg.kind === "mse") {
    const n = B * O;
    for (let s = 0; s < B; s++) {
      let ok = true;
      for (let o = 0; o < O; o++) {
        const e = y[s * O + o]! - tg.value[s * O + o]!;
        loss += e * e;
        dy[s * O + o] = (2 * e) / n;
        if (!(Math.abs(e) < tg.tolerance)) ok = false;
      }
      if (ok) correct++;
    }
    return { loss: loss / n, accuracy: correct / B };
  }
  for (let s = 0; s < B; s++) {
    const off = s * O;
    let max = -Infinity;
    let arg = 0;
    for (let o = 0; o < O; o++) {
      if (y[off + o]! > max) {
        max = y[off + o]!;
        arg = o;
      }
    }
    let sum = 0;
    for (let o = 0; o < O; o++) sum += Math.exp(y[off + o]! - max);
    const label = tg.label[s]!;
    // -log softmax_label = log Σ exp(y - max) - (y_label - max)
    loss += Math.log(sum) - (y[off + label]! - max);
    for (let o = 0; o < O; o++)
      dy[off + o] = (Math.exp(y[off + o]! - max) / sum - (o === label ? 1 : 0)) / B;
    if (arg === label) correct++;
  }
  return { loss: loss / B, accuracy: correct / B };
}

/**
 * Forward, loss and backward: overwrites `grad` (theta-sized) with dL/dtheta and leaves
 * ws.dhNorms[k] = ||dL/dh_k|| for k = 0..T.
 */
export function lossAndGrad(
  m: Model,
  ws: Workspace,
  T: number,
  tg: Targets,
  grad: Float64Array,
  opt: BackwardOptions = FULL_BPTT,
): BatchResult {
  forward(m, ws, T);
  const result = evaluate(m, ws, tg);
  grad.fill(0);
  const { hiddenSize: H, outputSize: O } = m.config;
  const { wOut, bOut } = m.layout;
  const th = m.theta;
  const hT = T * ws.batch * H;
  // y = W_out h_T + b_out
  for (let s = 0; s < ws.batch; s++) {
    const so = s * H;
    ws.dh.fill(0, so, so + H);
    for (let o = 0; o < O; o++) {
      const g = ws.dy[s * O + o]!;
      grad[bOut + o] = grad[bOut + o]! + g;
      const wo = wOut + o * H;
      for (let u = 0; u < H; u++) {
        grad[wo + u] = grad[wo + u]! + g * ws.h[hT + so + u]!;
        ws.dh[so + u] = ws.dh[so + u]! + g * th[wo + u]!;
      }
    }
  }
  backwardFromDh(m, ws, T, grad, opt);
  return result;
}

/** The cell's backward pass from a seed dL/dh_T already in ws.dh. */
export function backwardFromDh(
  m: Model,
  ws: Workspace,
  T: number,
  grad: Float64Array,
  opt: BackwardOptions,
): void {
  const cell = m.config.cell;
  if (opt.truncate1997 && cell !== "lstm")
    throw new RangeError("the 1997 truncation only exists for the lstm");
  if (cell === "lstm") lstmBackward(m, ws, T, grad, opt);
  else if (cell === "gru") gruBackward(m, ws, T, grad, opt);
  else rnnBackward(m, ws, T, grad, opt);
}
