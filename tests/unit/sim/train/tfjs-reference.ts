/**
 * The same networks written with @tensorflow/tfjs ops (float32), differentiated by tf.grads:
 * an independent autograd for the hand-written gradients. Parameters are passed in theta's
 * layout and the gradient comes back in it.
 */
import * as tf from "@tensorflow/tfjs";
import type { Problem } from "./helpers";

export function tfjsGradient(p: Problem, T: number, window = 0): Float64Array {
  const { model, ws, tg } = p;
  const { cell, hiddenSize: H, inputSize: I, outputSize: O, forgetGate } = model.config;
  const { G, K, w, b, bh, wOut, bOut, size } = model.layout;
  const B = ws.batch;
  const th = model.theta;
  const f32 = (a: Float64Array, from: number, n: number) =>
    Float32Array.from(a.subarray(from, from + n));
  const xs = Array.from({ length: T }, (_, t) => tf.tensor2d(f32(ws.x, t * B * I, B * I), [B, I]));
  const step = (
    ps: tf.Tensor[],
    x: tf.Tensor2D,
    h: tf.Tensor2D,
    c: tf.Tensor2D,
  ): [tf.Tensor2D, tf.Tensor2D] => {
    const [W, bias, biasH] = ps as [tf.Tensor2D, tf.Tensor1D, tf.Tensor1D];
    if (cell === "gru") {
      const ax = x.matMul(W.slice([0, 0], [G * H, I]), false, true).add(bias);
      const ah = h.matMul(W.slice([0, I], [G * H, H]), false, true).add(biasH);
      const [xr, xz, xn] = tf.split<tf.Tensor2D>(ax, 3, 1);
      const [hr, hz, hn] = tf.split<tf.Tensor2D>(ah, 3, 1);
      const r = tf.sigmoid(xr!.add(hr!));
      const z = tf.sigmoid(xz!.add(hz!));
      const n = tf.tanh(xn!.add(r.mul(hn!)));
      return [tf.sub(1, z).mul(n).add<tf.Tensor2D>(z.mul(h)), c];
    }
    const pre = tf.concat([x, h], 1).matMul(W, false, true).add<tf.Tensor2D>(bias);
    if (cell === "rnn") {
      return [model.config.activation === "relu" ? tf.relu(pre) : tf.tanh(pre), c];
    }
    const [i, fpre, g, o] = tf.split<tf.Tensor2D>(pre, 4, 1);
    const kept = forgetGate ? tf.sigmoid(fpre!).mul(c) : c;
    const cn = kept.add<tf.Tensor2D>(tf.sigmoid(i!).mul(tf.tanh(g!)));
    return [tf.sigmoid(o!).mul<tf.Tensor2D>(tf.tanh(cn)), cn];
  };
  // tf.grads needs every argument on the path to the loss: b_hh only exists for the gru.
  const gru = cell === "gru";
  const params = [
    tf.tensor2d(f32(th, w, G * H * K), [G * H, K]),
    tf.tensor1d(f32(th, b, G * H)),
    ...(gru ? [tf.tensor1d(f32(th, bh, G * H))] : []),
    tf.tensor2d(f32(th, wOut, O * H), [O, H]),
    tf.tensor1d(f32(th, bOut, O)),
  ];
  const ro = gru ? 3 : 2;
  // Windowed truncation: the first T - window steps are constants for tf.grads.
  const cut = window > 0 && window < T ? T - window : 0;
  let h0 = tf.tensor2d(f32(ws.h0, 0, B * H), [B, H]);
  let c0 = tf.tensor2d(f32(ws.c0, 0, B * H), [B, H]);
  for (let t = 0; t < cut; t++) [h0, c0] = step(params, xs[t]!, h0, c0);
  const loss = (...ps: tf.Tensor[]): tf.Scalar => {
    let h = h0;
    let c = c0;
    for (let t = cut; t < T; t++) [h, c] = step(ps, xs[t]!, h, c);
    const y = h.matMul(ps[ro] as tf.Tensor2D, false, true).add<tf.Tensor2D>(ps[ro + 1]!);
    if (tg.kind === "mse") {
      const target = tf.tensor2d(Float32Array.from(tg.value), [B, O]);
      return tf.mean(tf.square(y.sub(target)));
    }
    const onehot = tf.oneHot(tf.tensor1d(tg.label, "int32"), O);
    return tf.losses.softmaxCrossEntropy<tf.Tensor, tf.Scalar>(onehot, y);
  };
  const grads = tf.tidy(() =>
    tf
      .grads(loss)(params)
      .map((g) => g.dataSync()),
  );
  const out = new Float64Array(size);
  out.set(grads[0]!, w);
  out.set(grads[1]!, b);
  if (gru) out.set(grads[2]!, bh);
  out.set(grads[ro]!, wOut);
  out.set(grads[ro + 1]!, bOut);
  tf.dispose([...xs, ...params, h0, c0]);
  return out;
}
