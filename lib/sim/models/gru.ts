/**
 * GRU (Cho et al. 2014) exactly as torch.nn.GRU applies it, gate order r, z, n:
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 - z) ⊙ n + z ⊙ h
 * The z ⊙ h term is the GRU's additive path: with z near 1, dh'/dh ≈ diag(z).
 */
import { sigmoid } from "../activations";
import type { GruParams } from "./types";

export interface GruForward {
  steps: number;
  /** (T+1) x H */
  h: Float64Array;
  /** T x 3H: r | z | n of step t at row t-1. */
  gates: Float64Array;
  /** T x H: W_hn h_{t-1} + b_hn, needed for dL/dr. */
  hn: Float64Array;
}

export function gruForward(
  p: GruParams,
  x: Float64Array,
  steps: number,
  h0: Float64Array,
): GruForward {
  const H = p.hiddenSize;
  const I = p.inputSize;
  const G = 3 * H;
  const { weightIH: wih, weightHH: whh, biasIH, biasHH } = p;
  const h = new Float64Array((steps + 1) * H);
  const gates = new Float64Array(steps * G);
  const hn = new Float64Array(steps * H);
  const gi = new Float64Array(G);
  const gh = new Float64Array(G);
  h.set(h0.subarray(0, H));
  for (let t = 1; t <= steps; t++) {
    const prev = (t - 1) * H;
    const cur = t * H;
    const xo = (t - 1) * I;
    for (let r = 0; r < G; r++) {
      let a = biasIH[r]!;
      for (let j = 0; j < I; j++) a += wih[r * I + j]! * x[xo + j]!;
      gi[r] = a;
      let b = biasHH[r]!;
      for (let j = 0; j < H; j++) b += whh[r * H + j]! * h[prev + j]!;
      gh[r] = b;
    }
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

/** BPTT from a seed dL/dh_T; returns dL/dh_k for k = 0..T as a (T+1) x H array. */
export function gruBackward(
  p: GruParams,
  fwd: GruForward,
  seed: Float64Array,
  out?: Float64Array,
): Float64Array {
  const H = p.hiddenSize;
  const G = 3 * H;
  const T = fwd.steps;
  const whh = p.weightHH;
  const { h, gates, hn } = fwd;
  const dH = out ?? new Float64Array((T + 1) * H);
  const dpre = new Float64Array(G);
  dH.fill(0, 0, T * H);
  dH.set(seed.subarray(0, H), T * H);
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
      dH[prev + u] = dh * zg;
      // n = tanh(a_n + r ⊙ hn)
      const dan = dn * (1 - ng * ng);
      const dr = dan * hn[prev + u]!;
      // dpre rows: [r pre-activation, z pre-activation, d(hn) = r ⊙ dan]
      dpre[u] = dr * rg * (1 - rg);
      dpre[H + u] = dz * zg * (1 - zg);
      dpre[2 * H + u] = dan * rg;
    }
    // All three hidden-side terms are W_h* h + b_h*: dh += W_hhᵀ dpre.
    for (let r = 0; r < G; r++) {
      const d = dpre[r]!;
      if (d === 0) continue;
      const rh = r * H;
      for (let j = 0; j < H; j++) dH[prev + j]! += d * whh[rh + j]!;
    }
  }
  return dH;
}
