/**
 * One step's Jacobian, written out: the factor the backward pass multiplies by at each step.
 *
 * RNN: h_t = φ(a_t), a_t = W_ih x_t + W_hh h_{t-1} + b, so ∂h_t/∂h_{t-1} = diag(φ'(a_t)) W_hh.
 *
 * LSTM cell (gate order i, f, g, o; pre-activations z_* = W_*x x_t + W_*h h_{t-1} + b_*):
 *   c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t,   h_{t-1} = o_{t-1} ⊙ tanh(c_{t-1}).
 * c_{t-1} reaches c_t directly (the term diag(f_t)) and through h_{t-1}, which feeds every gate:
 *   ∂c_t/∂c_{t-1} = diag(f_t)
 *     + [diag(c_{t-1} ⊙ f_t(1−f_t)) W_fh + diag(g_t ⊙ i_t(1−i_t)) W_ih' + diag(i_t ⊙ (1−g_t²)) W_gh]
 *       · diag(o_{t-1} ⊙ (1 − tanh²(c_{t-1})))
 * (W_ih' is the input gate's recurrent block; o_{t-1} depends on h_{t-2}, not on c_{t-1}).
 * With a forget gate held at 1 (the 1997 cell) diag(f_t) = I and the f term is absent.
 */
import { ACTIVATIONS } from "./activations";
import type { LstmForward } from "./models/lstm";
import type { RnnForward } from "./models/rnn";
import { topSingularValue } from "./top-singular";
import type { LstmParams, RnnParams } from "./models/types";

export { topSingularValue };

/** The per-step panels walk through similar matrices: each σ starts from the last direction. */
function unitOnes(n: number): Float64Array {
  return new Float64Array(n).fill(1 / Math.sqrt(n));
}

/** ‖diag(φ'(a_t)) W_hh‖₂ for t = 1..T (index t−1). */
export function rnnStepFactors(p: RnnParams, fwd: RnnForward): number[] {
  const H = p.hiddenSize;
  const der = ACTIVATIONS[p.activation].der;
  const j = new Float64Array(H * H);
  const direction = unitOnes(H);
  const out: number[] = [];
  for (let t = 1; t <= fwd.steps; t++) {
    for (let r = 0; r < H; r++) {
      const d = der(fwd.h[t * H + r]!);
      for (let c = 0; c < H; c++) j[r * H + c] = d * p.weightHH[r * H + c]!;
    }
    out.push(topSingularValue(j, H, undefined, direction));
  }
  return out;
}

/** ∂c_t/∂c_{t-1} (H x H, row-major) at step t in 1..T, full BPTT (formula above). */
export function lstmCellStepJacobian(p: LstmParams, fwd: LstmForward, t: number): Float64Array {
  const H = p.hiddenSize;
  const G = 4 * H;
  const go = (t - 1) * G;
  const prevGo = (t - 2) * G;
  const jac = new Float64Array(H * H);
  const W = p.weightHH;
  // ∂h_{t-1}/∂c_{t-1} for each unit c; at t = 1, h_0 is given, not computed from c_0.
  const dh = new Float64Array(H);
  if (t > 1) {
    for (let c = 0; c < H; c++) {
      const tc = fwd.tanhC[(t - 1) * H + c]!;
      dh[c] = fwd.gates[prevGo + 3 * H + c]! * (1 - tc * tc);
    }
  }
  for (let r = 0; r < H; r++) {
    const i = fwd.gates[go + r]!;
    const f = fwd.gates[go + H + r]!;
    const g = fwd.gates[go + 2 * H + r]!;
    const cPrev = fwd.c[(t - 1) * H + r]!;
    // Row r's coefficient on each gate's recurrent row: input (0), forget (1), cell (2).
    const kI = g * i * (1 - i);
    const kF = p.forgetGate ? cPrev * f * (1 - f) : 0;
    const kG = i * (1 - g * g);
    const rowI = r * H;
    const rowF = (H + r) * H;
    const rowG = (2 * H + r) * H;
    for (let c = 0; c < H; c++) {
      const throughGates = kF * W[rowF + c]! + kI * W[rowI + c]! + kG * W[rowG + c]!;
      jac[r * H + c] = (r === c ? f : 0) + throughGates * dh[c]!;
    }
  }
  return jac;
}

/** ‖∂c_t/∂c_{t-1}‖₂ for t = 1..T (index t−1). */
export function lstmCellStepFactors(p: LstmParams, fwd: LstmForward): number[] {
  const direction = unitOnes(p.hiddenSize);
  const out: number[] = [];
  for (let t = 1; t <= fwd.steps; t++)
    out.push(topSingularValue(lstmCellStepJacobian(p, fwd, t), p.hiddenSize, undefined, direction));
  return out;
}
