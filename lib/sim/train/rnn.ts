/**
 * The Elman RNN over a mini-batch, h_t = φ(W [x_t, h_{t-1}] + b), with φ any of ACTIVATIONS
 * (tanh; relu for the IRNN of Le, Jaitly & Hinton 2015). φ' is written in terms of h_t, which
 * the forward pass keeps.
 */
import { ACTIVATIONS } from "../activations";
import type { Model } from "./model";
import { sumSquares, type BackwardOptions, type Workspace } from "./workspace";

export function rnnForward(m: Model, ws: Workspace, T: number): void {
  const { hiddenSize: H, inputSize: I } = m.config;
  const { K, b: bOff } = m.layout;
  const B = ws.batch;
  const { x, z, h } = ws;
  const th = m.theta;
  const phi = ACTIVATIONS[m.config.activation].output;
  h.set(ws.h0.subarray(0, B * H));
  for (let t = 1; t <= T; t++) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      z.set(x.subarray(((t - 1) * B + s) * I, ((t - 1) * B + s + 1) * I), zo);
      z.set(h.subarray(prev, prev + H), zo + I);
      for (let r = 0; r < H; r++) {
        let a = th[bOff + r]!;
        const wo = r * K;
        for (let j = 0; j < K; j++) a += th[wo + j]! * z[zo + j]!;
        h[cur + r] = phi(a);
      }
    }
  }
}

/** From ws.dh = dL/dh_T back to step T - window; see lstmBackward. */
export function rnnBackward(
  m: Model,
  ws: Workspace,
  T: number,
  grad: Float64Array,
  opt: BackwardOptions,
): void {
  const { hiddenSize: H, inputSize: I } = m.config;
  const { K, b: bOff } = m.layout;
  const B = ws.batch;
  const BH = B * H;
  const { z, h, dpre, dz } = ws;
  const th = m.theta;
  const der = ACTIVATIONS[m.config.activation].der;
  let dh = ws.dh;
  let dhPrev = ws.dhNext;
  const stop = opt.window > 0 && opt.window < T ? T - opt.window : 0;
  ws.dhNorms.fill(0, 0, T + 1);
  ws.dhNorms[T] = Math.sqrt(sumSquares(dh, 0, BH));
  for (let t = T; t > stop; t--) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const cur = (t * B + s) * H;
      const so = s * H;
      // h_t = φ(a_t)
      for (let u = 0; u < H; u++) dpre[u] = dh[so + u]! * der(h[cur + u]!);
      dz.fill(0);
      for (let r = 0; r < H; r++) {
        const g = dpre[r]!;
        if (g === 0) continue;
        grad[bOff + r] = grad[bOff + r]! + g;
        const wo = r * K;
        for (let j = 0; j < K; j++) {
          grad[wo + j] = grad[wo + j]! + g * z[zo + j]!;
          dz[j] = dz[j]! + g * th[wo + j]!;
        }
      }
      dhPrev.set(dz.subarray(I, K), so);
    }
    const swap = dh;
    dh = dhPrev;
    dhPrev = swap;
    ws.dhNorms[t - 1] = Math.sqrt(sumSquares(dh, 0, BH));
  }
}
