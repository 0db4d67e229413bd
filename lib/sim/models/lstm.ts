/**
 * LSTM cell (PyTorch's equations, gate order i, f, g, o):
 *   i = σ(.), f = σ(.), g = tanh(.), o = σ(.)   each of W_ih x_t + W_hh h_{t-1} + b
 *   c_t = f ⊙ c_{t-1} + i ⊙ g                   (Gers et al. 2000; f ≡ 1 is the 1997 carousel)
 *   h_t = o ⊙ tanh(c_t)
 * The four gate pre-activations are one fused 4H x (I + H) pass. BPTT is written by hand, each
 * line next to the forward line it differentiates, in two modes:
 *   full-bptt       every path, as autograd would compute it;
 *   truncated-1997  Hochreiter & Schmidhuber 1997, appendix A.1: no error flows from the gates
 *                   and the cell input back into h_{t-1} (the W_hh term is cut), so the only
 *                   recurrent path is the cell's, where dc_t/dc_{t-1} = diag(f_t).
 */
import { sigmoid } from "../activations";
import type { GradientMode, LstmParams } from "./types";

export interface LstmForward {
  steps: number;
  /** (T+1) x H: h_0 .. h_T */
  h: Float64Array;
  /** (T+1) x H: c_0 .. c_T */
  c: Float64Array;
  /** T x 4H: gate activations i | f | g | o of step t at row t-1 (f = 1 without forget gate). */
  gates: Float64Array;
  /** (T+1) x H: tanh(c_t), kept for the backward pass (row 0 unused). */
  tanhC: Float64Array;
}

export function lstmForward(
  p: LstmParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
  c0: Float64Array,
): LstmForward {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const G = 4 * H;
  const { weightIH: wih, weightHH: whh, bias, forgetGate } = p;
  const h = new Float64Array((steps + 1) * H);
  const c = new Float64Array((steps + 1) * H);
  const tanhC = new Float64Array((steps + 1) * H);
  const gates = new Float64Array(steps * G);
  const pre = new Float64Array(G);
  h.set(h0.subarray(0, H));
  c.set(c0.subarray(0, H));
  for (let t = 1; t <= steps; t++) {
    const prev = (t - 1) * H;
    const cur = t * H;
    const xo = (t - 1) * I;
    // Fused gate pre-activations: one pass over the 4H rows of [W_ih | W_hh].
    for (let r = 0; r < G; r++) {
      let a = bias[r]!;
      const ri = r * I;
      for (let j = 0; j < I; j++) a += wih[ri + j]! * x[xo + j]!;
      const rh = r * H;
      for (let j = 0; j < H; j++) a += whh[rh + j]! * h[prev + j]!;
      pre[r] = a;
    }
    const go = (t - 1) * G;
    for (let u = 0; u < H; u++) {
      const ig = sigmoid(pre[u]!);
      const fg = forgetGate ? sigmoid(pre[H + u]!) : 1;
      const gg = Math.tanh(pre[2 * H + u]!);
      const og = sigmoid(pre[3 * H + u]!);
      gates[go + u] = ig;
      gates[go + H + u] = fg;
      gates[go + 2 * H + u] = gg;
      gates[go + 3 * H + u] = og;
      const cn = fg * c[prev + u]! + ig * gg;
      c[cur + u] = cn;
      const tc = Math.tanh(cn);
      tanhC[cur + u] = tc;
      h[cur + u] = og * tc;
    }
  }
  return { steps, h, c, gates, tanhC };
}

export interface LstmGrads {
  mode: GradientMode;
  /** (T+1) x H: dL/dh_k, h_k taken as an input of step k+1 (k = T: the seed). */
  dH: Float64Array;
  /** (T+1) x H: dL/dc_k, total: through h_k = o ⊙ tanh(c_k) and through c_{k+1}. */
  dC: Float64Array;
}

/** Reusable buffers so repeated backward passes (Jacobians, benchmarks) do not allocate. */
export interface LstmBackwardBuffers {
  dH: Float64Array;
  dC: Float64Array;
  dpre: Float64Array;
}

export function lstmBackwardBuffers(H: number, steps: number): LstmBackwardBuffers {
  return {
    dH: new Float64Array((steps + 1) * H),
    dC: new Float64Array((steps + 1) * H),
    dpre: new Float64Array(4 * H),
  };
}

/**
 * Backward pass from seeds dL/dh_T and dL/dc_T (the latter is 0 for a loss on h_T; it is e_j
 * when propagating an identity to get the cell Jacobian dc_T/dc_k).
 */
export function lstmBackward(
  p: LstmParams,
  fwd: LstmForward,
  seedH: Float64Array,
  seedC: Float64Array | null,
  mode: GradientMode,
  buffers: LstmBackwardBuffers = lstmBackwardBuffers(p.hiddenSize, fwd.steps),
): LstmGrads {
  const H = p.hiddenSize;
  const G = 4 * H;
  const T = fwd.steps;
  const { forgetGate } = p;
  const { c, gates, tanhC } = fwd;
  const whhT = transpose(p.weightHH, G, H);
  const { dH, dC, dpre } = buffers;
  const full = mode === "full-bptt";
  dH.fill(0, 0, T * H);
  dH.set(seedH.subarray(0, H), T * H);
  // dC[t] first holds the carry dL/dc_t via c_{t+1}; the h_t path is added at step t.
  if (seedC) dC.set(seedC.subarray(0, H), T * H);
  else dC.fill(0, T * H, (T + 1) * H);
  for (let t = T; t >= 1; t--) {
    const cur = t * H;
    const prev = (t - 1) * H;
    const go = (t - 1) * G;
    for (let u = 0; u < H; u++) {
      const ig = gates[go + u]!;
      const fg = gates[go + H + u]!;
      const gg = gates[go + 2 * H + u]!;
      const og = gates[go + 3 * H + u]!;
      const tc = tanhC[cur + u]!;
      const dh = dH[cur + u]!;
      // h_t = o ⊙ tanh(c_t)
      const dc = dC[cur + u]! + dh * og * (1 - tc * tc);
      dC[cur + u] = dc;
      const dO = dh * tc;
      // c_t = f ⊙ c_{t-1} + i ⊙ g
      const dI = dc * gg;
      const dG = dc * ig;
      const dF = dc * c[prev + u]!;
      dC[prev + u] = dc * fg;
      // gate nonlinearities: σ' = σ(1-σ), tanh' = 1 - tanh²
      dpre[u] = dI * ig * (1 - ig);
      dpre[H + u] = forgetGate ? dF * fg * (1 - fg) : 0;
      dpre[2 * H + u] = dG * (1 - gg * gg);
      dpre[3 * H + u] = dO * og * (1 - og);
    }
    // pre = W_ih x_t + W_hh h_{t-1} + b  ->  dh_{t-1} = W_hhᵀ dpre; the 1997 truncation cuts it.
    // W_hhᵀ is stored row-major, so each entry is a contiguous dot product (no strided reads).
    if (full) {
      for (let j = 0; j < H; j++) {
        let s = 0;
        const jg = j * G;
        for (let r = 0; r < G; r++) s += whhT[jg + r]! * dpre[r]!;
        dH[prev + j] = s;
      }
    }
  }
  return { mode, dH, dC };
}

/** rows x cols row-major -> cols x rows row-major. */
export function transpose(m: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++) out[j * rows + r] = m[r * cols + j]!;
  return out;
}
