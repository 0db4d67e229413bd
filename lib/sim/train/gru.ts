/**
 * The GRU over a mini-batch, PyTorch's equations (gate order r, z, n):
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr),  z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)),  h' = (1 - z) ⊙ n + z ⊙ h
 * Because r multiplies the hidden part of n only, each gate row is two dot products (input part
 * and hidden part of the fused row) rather than one.
 */
import { sigmoid } from "../activations";
import type { Model } from "./model";
import { sumSquares, type BackwardOptions, type Workspace } from "./workspace";

export function gruForward(m: Model, ws: Workspace, T: number): void {
  const { hiddenSize: H, inputSize: I } = m.config;
  const { K, b: bOff, bh: bhOff } = m.layout;
  const G = 3 * H;
  const B = ws.batch;
  const { x, z, h, act, aux: ahn, pre, preH } = ws;
  const th = m.theta;
  h.set(ws.h0.subarray(0, B * H));
  for (let t = 1; t <= T; t++) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      z.set(x.subarray(((t - 1) * B + s) * I, ((t - 1) * B + s + 1) * I), zo);
      z.set(h.subarray(prev, prev + H), zo + I);
      for (let r = 0; r < G; r++) {
        const wo = r * K;
        let ax = th[bOff + r]!;
        for (let j = 0; j < I; j++) ax += th[wo + j]! * z[zo + j]!;
        let ah = th[bhOff + r]!;
        for (let j = I; j < K; j++) ah += th[wo + j]! * z[zo + j]!;
        pre[r] = ax;
        preH[r] = ah;
      }
      const ao = ((t - 1) * B + s) * G;
      for (let u = 0; u < H; u++) {
        const rg = sigmoid(pre[u]! + preH[u]!);
        const zg = sigmoid(pre[H + u]! + preH[H + u]!);
        const ng = Math.tanh(pre[2 * H + u]! + rg * preH[2 * H + u]!);
        act[ao + u] = rg;
        act[ao + H + u] = zg;
        act[ao + 2 * H + u] = ng;
        ahn[cur + u] = preH[2 * H + u]!;
        h[cur + u] = (1 - zg) * ng + zg * h[prev + u]!;
      }
    }
  }
}

/** From ws.dh = dL/dh_T back to step T - window; see lstmBackward. */
export function gruBackward(
  m: Model,
  ws: Workspace,
  T: number,
  grad: Float64Array,
  opt: BackwardOptions,
): void {
  const { hiddenSize: H, inputSize: I } = m.config;
  const { K, b: bOff, bh: bhOff } = m.layout;
  const G = 3 * H;
  const B = ws.batch;
  const BH = B * H;
  const { z, act, aux: ahn, dpre, dpreH } = ws;
  const th = m.theta;
  let dh = ws.dh;
  let dhPrev = ws.dhNext;
  const stop = opt.window > 0 && opt.window < T ? T - opt.window : 0;
  ws.dhNorms.fill(0, 0, T + 1);
  ws.dhNorms[T] = Math.sqrt(sumSquares(dh, 0, BH));
  for (let t = T; t > stop; t--) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const cur = (t * B + s) * H;
      const ao = ((t - 1) * B + s) * G;
      const so = s * H;
      for (let u = 0; u < H; u++) {
        const rg = act[ao + u]!;
        const zg = act[ao + H + u]!;
        const ng = act[ao + 2 * H + u]!;
        const d = dh[so + u]!;
        // h' = (1 - z) ⊙ n + z ⊙ h
        const dn = d * (1 - zg);
        const dzg = d * (z[zo + I + u]! - ng);
        dhPrev[so + u] = d * zg;
        // n = tanh(a_in + r ⊙ a_hn)
        const dan = dn * (1 - ng * ng);
        const dr = dan * ahn[cur + u]!;
        dpre[u] = dr * rg * (1 - rg);
        dpreH[u] = dpre[u]!;
        dpre[H + u] = dzg * zg * (1 - zg);
        dpreH[H + u] = dpre[H + u]!;
        dpre[2 * H + u] = dan;
        dpreH[2 * H + u] = dan * rg;
      }
      for (let r = 0; r < G; r++) {
        const gx = dpre[r]!;
        const gh = dpreH[r]!;
        grad[bOff + r] = grad[bOff + r]! + gx;
        grad[bhOff + r] = grad[bhOff + r]! + gh;
        const wo = r * K;
        for (let j = 0; j < I; j++) grad[wo + j] = grad[wo + j]! + gx * z[zo + j]!;
        for (let j = 0; j < H; j++) {
          grad[wo + I + j] = grad[wo + I + j]! + gh * z[zo + I + j]!;
          dhPrev[so + j] = dhPrev[so + j]! + gh * th[wo + I + j]!;
        }
      }
    }
    const swap = dh;
    dh = dhPrev;
    dhPrev = swap;
    ws.dhNorms[t - 1] = Math.sqrt(sumSquares(dh, 0, BH));
  }
}
