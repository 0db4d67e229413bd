/**
 * The LSTM over a mini-batch (PyTorch's equations, gate order i, f, g, o):
 *   [i f g o] = [σ σ tanh σ](W [x_t, h_{t-1}] + b)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g          (f ≡ 1 without a forget gate: the 1997 carousel)
 *   h_t = o ⊙ tanh(c_t)
 * Backward lines mirror the forward lines they differentiate; each gate row's weight gradient
 * and its contribution to dL/d[x_t, h_{t-1}] are accumulated in the same pass over the row.
 */
import { sigmoid } from "../activations";
import type { Model } from "./model";
import { sumSquares, type BackwardOptions, type Workspace } from "./workspace";

export function lstmForward(m: Model, ws: Workspace, T: number): void {
  const { hiddenSize: H, inputSize: I, forgetGate } = m.config;
  const { K, b: bOff } = m.layout;
  const G = 4 * H;
  const B = ws.batch;
  const { x, z, h, c, act, aux: tanhC, pre } = ws;
  const th = m.theta;
  h.set(ws.h0.subarray(0, B * H));
  c.set(ws.c0.subarray(0, B * H));
  for (let t = 1; t <= T; t++) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      z.set(x.subarray(((t - 1) * B + s) * I, ((t - 1) * B + s + 1) * I), zo);
      z.set(h.subarray(prev, prev + H), zo + I);
      for (let r = 0; r < G; r++) {
        let a = th[bOff + r]!;
        const wo = r * K;
        for (let j = 0; j < K; j++) a += th[wo + j]! * z[zo + j]!;
        pre[r] = a;
      }
      const ao = ((t - 1) * B + s) * G;
      for (let u = 0; u < H; u++) {
        const ig = sigmoid(pre[u]!);
        const fg = forgetGate ? sigmoid(pre[H + u]!) : 1;
        const gg = Math.tanh(pre[2 * H + u]!);
        const og = sigmoid(pre[3 * H + u]!);
        act[ao + u] = ig;
        act[ao + H + u] = fg;
        act[ao + 2 * H + u] = gg;
        act[ao + 3 * H + u] = og;
        const cn = fg * c[prev + u]! + ig * gg;
        c[cur + u] = cn;
        const tc = Math.tanh(cn);
        tanhC[cur + u] = tc;
        h[cur + u] = og * tc;
      }
    }
  }
}

/**
 * From ws.dh = dL/dh_T (B x H) back to step T - window, adding dL/dtheta into `grad`.
 * Leaves ws.dhNorms[k] = ||dL/dh_k|| (h_k as an input of step k+1, c_k held), 0 below the window.
 */
export function lstmBackward(
  m: Model,
  ws: Workspace,
  T: number,
  grad: Float64Array,
  opt: BackwardOptions,
): void {
  const { hiddenSize: H, inputSize: I, forgetGate } = m.config;
  const { K, b: bOff } = m.layout;
  const G = 4 * H;
  const B = ws.batch;
  const BH = B * H;
  const { z, c, act, aux: tanhC, dpre, dz, dc } = ws;
  const th = m.theta;
  let dh = ws.dh;
  let dhPrev = ws.dhNext;
  const stop = opt.window > 0 && opt.window < T ? T - opt.window : 0;
  ws.dhNorms.fill(0, 0, T + 1);
  ws.dhNorms[T] = Math.sqrt(sumSquares(dh, 0, BH));
  dc.fill(0, 0, BH);
  for (let t = T; t > stop; t--) {
    for (let s = 0; s < B; s++) {
      const zo = ((t - 1) * B + s) * K;
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      const ao = ((t - 1) * B + s) * G;
      const so = s * H;
      for (let u = 0; u < H; u++) {
        const ig = act[ao + u]!;
        const fg = act[ao + H + u]!;
        const gg = act[ao + 2 * H + u]!;
        const og = act[ao + 3 * H + u]!;
        const tc = tanhC[cur + u]!;
        const d = dh[so + u]!;
        // h_t = o ⊙ tanh(c_t); dc holds the carry from c_{t+1}
        const dct = dc[so + u]! + d * og * (1 - tc * tc);
        // c_t = f ⊙ c_{t-1} + i ⊙ g
        dc[so + u] = dct * fg;
        dpre[u] = dct * gg * ig * (1 - ig);
        dpre[H + u] = forgetGate ? dct * c[prev + u]! * fg * (1 - fg) : 0;
        dpre[2 * H + u] = dct * ig * (1 - gg * gg);
        dpre[3 * H + u] = d * tc * og * (1 - og);
      }
      // pre = W z + b: dW += dpre zᵀ, db += dpre, dz = Wᵀ dpre, row by row.
      dz.fill(0);
      for (let r = 0; r < G; r++) {
        const g = dpre[r]!;
        if (g === 0) continue;
        grad[bOff + r] = grad[bOff + r]! + g;
        const wo = r * K;
        for (let j = 0; j < K; j++) {
          grad[wo + j] = grad[wo + j]! + g * z[zo + j]!;
          dz[j] = dz[j]! + g * th[wo + j]!;
        }
      }
      if (opt.truncate1997) dhPrev.fill(0, so, so + H);
      else dhPrev.set(dz.subarray(I, K), so);
    }
    const swap = dh;
    dh = dhPrev;
    dhPrev = swap;
    ws.dhNorms[t - 1] = Math.sqrt(sumSquares(dh, 0, BH));
  }
}
