/**
 * LSTM cell (PyTorch's equations, gate order i, f, g, o):
 *   i = σ(.), f = σ(.), g = tanh(.), o = σ(.)   each of W_ih x_t + W_hh h_{t-1} + b
 *   c_t = f ⊙ c_{t-1} + i ⊙ g                   (Gers et al. 2000; f ≡ 1 is the 1997 carousel)
 *   h_t = o ⊙ tanh(c_t)
 * The four gate pre-activations are one fused 4H x (I + H) product (kernel.ts). BPTT is written
 * by hand, each line next to the forward line it differentiates, in two modes:
 *   full-bptt       every path, as autograd would compute it;
 *   truncated-1997  Hochreiter & Schmidhuber 1997, appendix A.1: no error flows from the gates
 *                   and the cell input back into h_{t-1} (the W_hh term is cut), so the only
 *                   recurrent path is the cell's, where dc_t/dc_{t-1} = diag(f_t).
 */
import { sigmoid } from "../activations";
import type { Cell, CellGrads } from "./cell-types";
import { packGateBlock } from "./kernel";
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

export interface LstmGrads {
  mode: GradientMode;
  /** (T+1) x H: dL/dh_k, h_k taken as an input of step k+1 (k = T: the seed). */
  dH: Float64Array;
  /** (T+1) x H: dL/dc_k, total: through h_k = o ⊙ tanh(c_k) and through c_{k+1}. */
  dC: Float64Array;
}

/**
 * The LSTM as a `Cell`. Weights are packed once, when the cell is made: make a new cell after
 * changing `p`'s weights.
 */
export function lstmCell(
  p: LstmParams,
  mode: GradientMode = "full-bptt",
): Cell<LstmForward, LstmGrads> {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const G = 4 * H;
  const block = packGateBlock(p.weightIH, p.weightHH, G, I, H);
  const { bias, forgetGate } = p;
  const pre = new Float64Array(G);
  const dpre = new Float64Array(G);
  const full = mode === "full-bptt";
  const grads = (steps: number): LstmGrads => ({
    mode,
    dH: new Float64Array((steps + 1) * H),
    dC: new Float64Array((steps + 1) * H),
  });

  function forward(x: Float64Array, steps: number, h0: Float64Array, c0?: Float64Array) {
    const h = new Float64Array((steps + 1) * H);
    const c = new Float64Array((steps + 1) * H);
    const tanhC = new Float64Array((steps + 1) * H);
    const gates = new Float64Array(steps * G);
    h.set(h0.subarray(0, H));
    if (c0) c.set(c0.subarray(0, H));
    for (let t = 1; t <= steps; t++) {
      const prev = (t - 1) * H;
      const cur = t * H;
      // pre = b + [W_ih | W_hh] [x_t | h_{t-1}]
      block.gates(x, (t - 1) * I, h, prev, bias, pre);
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

  /** seedC: dL/dc_T, 0 for a loss on h_T; e_j when propagating the identity for dc_T/dc_k. */
  function backward(
    fwd: LstmForward,
    seedH: Float64Array,
    seedC?: Float64Array | null,
    out: CellGrads = grads(fwd.steps),
  ): LstmGrads {
    const T = fwd.steps;
    const { c, gates, tanhC } = fwd;
    const dH = out.dH;
    const dC = out.dC ?? new Float64Array((T + 1) * H);
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
      // pre = ... + W_hh h_{t-1}  ->  dh_{t-1} = W_hhᵀ dpre; the 1997 truncation cuts it.
      if (full) block.backHidden(dpre, dH, prev);
    }
    return { mode, dH, dC };
  }

  return {
    kind: "lstm",
    hiddenSize: H,
    inputSize: I,
    mode,
    hasCellState: true,
    forward,
    backward,
    grads,
  };
}

/**
 * The first `steps` steps of a forward pass, as views into it (no copy): what a run of that
 * length from the same start computes, bit for bit, since step t reads only steps before it.
 */
export function lstmForwardPrefix(fwd: LstmForward, steps: number): LstmForward {
  const H = fwd.h.length / (fwd.steps + 1);
  if (!(steps >= 0 && steps <= fwd.steps))
    throw new RangeError(`lstmForwardPrefix: steps must be in [0, ${fwd.steps}], got ${steps}`);
  const states = (steps + 1) * H;
  return {
    steps,
    h: fwd.h.subarray(0, states),
    c: fwd.c.subarray(0, states),
    gates: fwd.gates.subarray(0, steps * 4 * H),
    tanhC: fwd.tanhC.subarray(0, states),
  };
}

export function lstmForward(
  p: LstmParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
  c0: Float64Array,
): LstmForward {
  return lstmCell(p).forward(x, steps, h0, c0);
}

/** One backward pass (packs the weights each call; hold a `lstmCell` to repeat passes). */
export function lstmBackward(
  p: LstmParams,
  fwd: LstmForward,
  seedH: Float64Array,
  seedC: Float64Array | null,
  mode: GradientMode,
): LstmGrads {
  return lstmCell(p, mode).backward(fwd, seedH, seedC);
}
