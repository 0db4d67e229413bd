/**
 * The LSTM over a mini-batch (PyTorch's equations, gate order i, f, g, o):
 *   [i f g o] = [σ σ tanh σ](W [x_t, h_{t-1}] + b)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g          (f ≡ 1 without a forget gate: the 1997 carousel)
 *   h_t = o ⊙ tanh(c_t)
 * Backward lines mirror the forward lines they differentiate. Each step's gate product is one
 * B x 4H matrix product with the fused W; its gradient is two more (dW += Dᵀ Z, dh = D W_hh).
 */
import { sigmoid } from "../activations";
import { accumulateOuter, backProducts, gateProducts, transposeInto } from "./kernels";
import type { Model } from "./model";
import { loadStep, sumSquares, type BackwardOptions, type Workspace } from "./workspace";

export function lstmForward(m: Model, ws: Workspace, T: number): void {
  const { hiddenSize: H, forgetGate } = m.config;
  const { K, w, b } = m.layout;
  const G = 4 * H;
  const B = ws.batch;
  const { h, c, act, aux: tanhC, pre } = ws;
  h.set(ws.h0.subarray(0, B * H));
  c.set(ws.c0.subarray(0, B * H));
  for (let t = 1; t <= T; t++) {
    loadStep(m, ws, t);
    gateProducts(m.theta, w, b, G, K, ws.z, (t - 1) * B * K, B, pre);
    for (let s = 0; s < B; s++) {
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      const po = s * G;
      const ao = ((t - 1) * B + s) * G;
      for (let u = 0; u < H; u++) {
        const ig = sigmoid(pre[po + u]!);
        const fg = forgetGate ? sigmoid(pre[po + H + u]!) : 1;
        const gg = Math.tanh(pre[po + 2 * H + u]!);
        const og = sigmoid(pre[po + 3 * H + u]!);
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
  const { K, w, b } = m.layout;
  const G = 4 * H;
  const B = ws.batch;
  const BH = B * H;
  const { c, act, aux: tanhC, dpre, dc, wT } = ws;
  let dh = ws.dh;
  let dhPrev = ws.dhNext;
  const stop = opt.window > 0 && opt.window < T ? T - opt.window : 0;
  ws.dhNorms.fill(0, 0, T + 1);
  ws.dhNorms[T] = Math.sqrt(sumSquares(dh, 0, BH));
  dc.fill(0, 0, BH);
  transposeInto(m.theta, w, G, K, wT);
  for (let t = T; t > stop; t--) {
    for (let s = 0; s < B; s++) {
      const prev = ((t - 1) * B + s) * H;
      const cur = (t * B + s) * H;
      const ao = ((t - 1) * B + s) * G;
      const so = s * H;
      const po = s * G;
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
        dpre[po + u] = dct * gg * ig * (1 - ig);
        dpre[po + H + u] = forgetGate ? dct * c[prev + u]! * fg * (1 - fg) : 0;
        dpre[po + 2 * H + u] = dct * ig * (1 - gg * gg);
        dpre[po + 3 * H + u] = d * tc * og * (1 - og);
      }
    }
    // pre = W z + b: dW += dpreᵀ z, db += Σ dpre, dh_{t-1} = dpre W_hh (cut by the 1997 rule).
    accumulateOuter(grad, w, b, G, K, dpre, ws.z, (t - 1) * B * K, B);
    if (opt.truncate1997) dhPrev.fill(0, 0, BH);
    else backProducts(wT, I, G, H, dpre, B, dhPrev);
    const swap = dh;
    dh = dhPrev;
    dhPrev = swap;
    ws.dhNorms[t - 1] = Math.sqrt(sumSquares(dh, 0, BH));
  }
}
