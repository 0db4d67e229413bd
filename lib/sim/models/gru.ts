/**
 * GRU (Cho et al. 2014) exactly as torch.nn.GRU applies it, gate order r, z, n:
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 - z) ⊙ n + z ⊙ h
 * The z ⊙ h term is the GRU's additive path: with z near 1, dh'/dh ≈ diag(z).
 * The input and hidden products stay separate (r multiplies only the hidden part of n); both
 * use the kernel's row-blocked product.
 */
import { sigmoid } from "../activations";
import type { Cell, CellForward, CellGrads } from "./cell-types";
import { packMatVecs, transpose } from "./kernel";
import type { GruParams } from "./types";

export interface GruForward extends CellForward {
  steps: number;
  /** (T+1) x H */
  h: Float64Array;
  /** T x 3H: r | z | n of step t at row t-1. */
  gates: Float64Array;
  /** T x H: W_hn h_{t-1} + b_hn, needed for dL/dr. */
  hn: Float64Array;
}

/** The GRU as a `Cell`. Its three products (and W_hhᵀ) are packed when the cell is made. */
export function gruCell(p: GruParams): Cell<GruForward, CellGrads> {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const G = 3 * H;
  const { weightIH: wih, weightHH: whh, biasIH, biasHH } = p;
  const [inputProduct, hiddenProduct, backProduct] = packMatVecs([
    { m: wih, rows: G, cols: I },
    { m: whh, rows: G, cols: H },
    { m: transpose(whh, G, H), rows: H, cols: G },
  ]);
  const gi = new Float64Array(G);
  const gh = new Float64Array(G);
  const dpre = new Float64Array(G);
  const carry = new Float64Array(H);

  function forward(x: Float64Array, steps: number, h0: Float64Array): GruForward {
    const h = new Float64Array((steps + 1) * H);
    const gates = new Float64Array(steps * G);
    const hn = new Float64Array(steps * H);
    h.set(h0.subarray(0, H));
    for (let t = 1; t <= steps; t++) {
      const prev = (t - 1) * H;
      const cur = t * H;
      inputProduct!.apply(x, (t - 1) * I, biasIH, gi, 0);
      hiddenProduct!.apply(h, prev, biasHH, gh, 0);
      const go = (t - 1) * G;
      for (let u = 0; u < H; u++) {
        const rg = sigmoid(gi[u]! + gh[u]!);
        const zg = sigmoid(gi[H + u]! + gh[H + u]!);
        const hnu = gh[2 * H + u]!;
        const ng = Math.tanh(gi[2 * H + u]! + rg * hnu);
        gates[go + u] = rg;
        gates[go + H + u] = zg;
        gates[go + 2 * H + u] = ng;
        hn[prev + u] = hnu;
        h[cur + u] = (1 - zg) * ng + zg * h[prev + u]!;
      }
    }
    return { steps, h, gates, hn };
  }

  function backward(
    fwd: GruForward,
    seedH: Float64Array,
    _seedC?: Float64Array | null,
    out?: CellGrads,
  ): CellGrads {
    const T = fwd.steps;
    const { h, gates, hn } = fwd;
    const dH = out?.dH ?? new Float64Array((T + 1) * H);
    dH.set(seedH.subarray(0, H), T * H);
    for (let t = T; t >= 1; t--) {
      const cur = t * H;
      const prev = (t - 1) * H;
      const go = (t - 1) * G;
      for (let u = 0; u < H; u++) {
        const rg = gates[go + u]!;
        const zg = gates[go + H + u]!;
        const ng = gates[go + 2 * H + u]!;
        const dh = dH[cur + u]!;
        // h' = (1 - z) n + z h
        const dn = dh * (1 - zg);
        const dz = dh * (h[prev + u]! - ng);
        carry[u] = dh * zg;
        // n = tanh(a_n + r ⊙ hn)
        const dan = dn * (1 - ng * ng);
        const dr = dan * hn[prev + u]!;
        // dpre rows: [r pre-activation, z pre-activation, d(hn) = r ⊙ dan]
        dpre[u] = dr * rg * (1 - rg);
        dpre[H + u] = dz * zg * (1 - zg);
        dpre[2 * H + u] = dan * rg;
      }
      // All three hidden-side terms are W_h* h + b_h*: dh_{t-1} = z ⊙ dh_t + W_hhᵀ dpre.
      backProduct!.apply(dpre, 0, carry, dH, prev);
    }
    return { dH };
  }

  return {
    kind: "gru",
    hiddenSize: H,
    inputSize: I,
    mode: "full-bptt",
    hasCellState: false,
    forward,
    backward,
    grads: (steps) => ({ dH: new Float64Array((steps + 1) * H) }),
  };
}

export function gruForward(
  p: GruParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
): GruForward {
  return gruCell(p).forward(x, steps, h0);
}

/** BPTT from a seed dL/dh_T; returns dL/dh_k for k = 0..T as a (T+1) x H array. */
export function gruBackward(
  p: GruParams,
  fwd: GruForward,
  seed: Float64Array,
  out?: Float64Array,
): Float64Array {
  return gruCell(p).backward(fwd, seed, null, out ? { dH: out } : undefined).dH;
}
