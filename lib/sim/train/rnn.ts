/**
 * The Elman RNN over a mini-batch, h_t = φ(W [x_t, h_{t-1}] + b), with φ any of ACTIVATIONS
 * (tanh; relu for the IRNN of Le, Jaitly & Hinton 2015). φ' is written in terms of h_t, which
 * the forward pass keeps.
 */
import { ACTIVATIONS } from "../activations";
import { accumulateOuter, backProducts, gateProducts, transposeInto } from "./kernels";
import type { Model } from "./model";
import { loadStep, sumSquares, type BackwardOptions, type Workspace } from "./workspace";

export function rnnForward(m: Model, ws: Workspace, T: number): void {
  const { hiddenSize: H } = m.config;
  const { K, w, b } = m.layout;
  const B = ws.batch;
  const BH = B * H;
  const { h, pre } = ws;
  const phi = ACTIVATIONS[m.config.activation].output;
  h.set(ws.h0.subarray(0, BH));
  for (let t = 1; t <= T; t++) {
    loadStep(m, ws, t);
    gateProducts(m.theta, w, b, H, K, ws.z, (t - 1) * B * K, B, pre);
    const cur = t * BH;
    for (let i = 0; i < BH; i++) h[cur + i] = phi(pre[i]!);
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
  const { K, w, b } = m.layout;
  const B = ws.batch;
  const BH = B * H;
  const { h, dpre, wT } = ws;
  const der = ACTIVATIONS[m.config.activation].der;
  let dh = ws.dh;
  let dhPrev = ws.dhNext;
  const stop = opt.window > 0 && opt.window < T ? T - opt.window : 0;
  ws.dhNorms.fill(0, 0, T + 1);
  ws.dhNorms[T] = Math.sqrt(sumSquares(dh, 0, BH));
  transposeInto(m.theta, w, H, K, wT);
  for (let t = T; t > stop; t--) {
    const cur = t * BH;
    // h_t = φ(a_t)
    for (let i = 0; i < BH; i++) dpre[i] = dh[i]! * der(h[cur + i]!);
    accumulateOuter(grad, w, b, H, K, dpre, ws.z, (t - 1) * B * K, B);
    backProducts(wT, I, H, H, dpre, B, dhPrev);
    const swap = dh;
    dh = dhPrev;
    dhPrev = swap;
    ws.dhNorms[t - 1] = Math.sqrt(sumSquares(dh, 0, BH));
  }
}
