/**
 * An independent autograd: @tensorflow/tfjs (float32, CPU backend) differentiates the same
 * networks, through the trace contract. dL/dh_k is read off as the gradient with respect to a
 * zero perturbation added to h_k (and to c_k before h_k = o tanh(c_k) for the LSTM).
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { createRng, trace, type TraceResult } from "@/lib/sim";
import { drawWeights } from "@/lib/sim/init";
import { toRows } from "./helpers";

beforeAll(async () => {
  await tf.setBackend("cpu");
  await tf.ready();
});

interface Case {
  model: "rnn" | "lstm" | "gru";
  activation?: "tanh" | "sigmoid" | "relu" | "linear";
  H: number;
  I: number;
  T: number;
  seed: number;
  scale: number;
}

function makeSpec(c: Case) {
  const rng = createRng(c.seed + 99);
  const G = c.model === "rnn" ? 1 : c.model === "lstm" ? 4 : 3;
  const w = drawWeights(
    "pytorch-uniform",
    G,
    c.H,
    c.I,
    createRng(c.seed),
    c.scale,
    c.model === "gru",
  );
  const weights =
    c.model === "gru"
      ? {
          weightIH: toRows(w.weightIH, G * c.H, c.I),
          weightHH: toRows(w.weightHH, G * c.H, c.H),
          biasIH: Array.from(w.biasIH),
          biasHH: Array.from(w.biasHH),
        }
      : {
          weightIH: toRows(w.weightIH, G * c.H, c.I),
          weightHH: toRows(w.weightHH, G * c.H, c.H),
          bias: Array.from(w.biasIH),
        };
  return {
    model: c.model,
    ...(c.activation ? { activation: c.activation } : {}),
    hiddenSize: c.H,
    inputSize: c.I,
    steps: c.T,
    inputs: Array.from({ length: c.T }, () => Array.from({ length: c.I }, () => rng.normal())),
    initialHidden: Array.from({ length: c.H }, () => 0.5 * rng.normal()),
    ...(c.model === "lstm" ? { initialCell: Array.from({ length: c.H }, () => rng.normal()) } : {}),
    weights,
  };
}

type Spec = ReturnType<typeof makeSpec>;

/** Per-step gradient norms by tfjs autodiff: [hidden norms, cell norms | null, loss]. */
function tfjsNorms(s: Spec): { hidden: number[]; cell: number[] | null; loss: number } {
  const H = s.hiddenSize;
  const T = s.steps;
  const col = (a: number[]) => tf.tensor2d(a, [a.length, 1]);
  const Wih = tf.tensor2d(s.weights.weightIH);
  const Whh = tf.tensor2d(s.weights.weightHH);
  const xs = s.inputs.map(col);
  const lstm = s.model === "lstm";
  const epsH = Array.from({ length: T + 1 }, () => tf.zeros([H, 1]));
  const epsC = lstm ? Array.from({ length: T + 1 }, () => tf.zeros([H, 1])) : [];
  const slice = (m: tf.Tensor, g: number) => m.slice([g * H, 0], [H, 1]);
  const f = (...eps: tf.Tensor[]): tf.Scalar => {
    const eh = eps.slice(0, T + 1);
    const ec = eps.slice(T + 1);
    let h: tf.Tensor = col(s.initialHidden).add(eh[0]!);
    let c = lstm ? col(s.initialCell ?? []).add(ec[0]!) : h;
    for (let t = 1; t <= T; t++) {
      const x = xs[t - 1]!;
      if (s.model === "rnn") {
        const a = tf
          .matMul(Wih, x)
          .add(tf.matMul(Whh, h))
          .add(col(s.weights.bias ?? []));
        const act = s.activation ?? "tanh";
        const y =
          act === "tanh"
            ? tf.tanh(a)
            : act === "sigmoid"
              ? tf.sigmoid(a)
              : act === "relu"
                ? tf.relu(a)
                : a;
        h = y.add(eh[t]!);
      } else if (lstm) {
        const pre = tf
          .matMul(Wih, x)
          .add(tf.matMul(Whh, h))
          .add(col(s.weights.bias ?? []));
        const i = tf.sigmoid(slice(pre, 0));
        const fg = tf.sigmoid(slice(pre, 1));
        const g = tf.tanh(slice(pre, 2));
        const o = tf.sigmoid(slice(pre, 3));
        c = fg.mul(c).add(i.mul(g)).add(ec[t]!);
        h = o.mul(tf.tanh(c)).add(eh[t]!);
      } else {
        const gi = tf.matMul(Wih, x).add(col(s.weights.biasIH ?? []));
        const gh = tf.matMul(Whh, h).add(col(s.weights.biasHH ?? []));
        const r = tf.sigmoid(slice(gi, 0).add(slice(gh, 0)));
        const z = tf.sigmoid(slice(gi, 1).add(slice(gh, 1)));
        const n = tf.tanh(slice(gi, 2).add(r.mul(slice(gh, 2))));
        h = tf.scalar(1).sub(z).mul(n).add(z.mul(h)).add(eh[t]!);
      }
    }
    return tf.sum(h);
  };
  const all = [...epsH, ...epsC];
  let out: { hidden: number[]; cell: number[] | null; loss: number } | undefined;
  tf.tidy(() => {
    const grads = tf.grads(f)(all);
    const norm = (g: tf.Tensor) => Math.sqrt(g.square().sum().dataSync()[0]!);
    out = {
      hidden: grads.slice(0, T + 1).map(norm),
      cell: lstm ? grads.slice(T + 1).map(norm) : null,
      loss: f(...all).dataSync()[0]!,
    };
  });
  if (!out) throw new Error("tfjs produced no result");
  return out;
}

function compare(ours: (number | null)[], theirs: number[]): void {
  theirs.forEach((v, k) => {
    const o = ours[k];
    expect(o).not.toBeNull();
    // float32 reference: relative tolerance on every step.
    expect(Math.abs(o! - v)).toBeLessThanOrEqual(1e-3 * v);
  });
}

const CASES: Case[] = [
  { model: "rnn", activation: "tanh", H: 6, I: 3, T: 15, seed: 1, scale: 2 },
  { model: "rnn", activation: "sigmoid", H: 5, I: 2, T: 6, seed: 2, scale: 3 },
  { model: "rnn", activation: "relu", H: 6, I: 3, T: 12, seed: 3, scale: 1.5 },
  { model: "rnn", activation: "linear", H: 4, I: 2, T: 10, seed: 4, scale: 1.5 },
  { model: "lstm", H: 6, I: 3, T: 15, seed: 5, scale: 2 },
  { model: "lstm", H: 8, I: 4, T: 25, seed: 6, scale: 1 },
  { model: "gru", H: 6, I: 3, T: 15, seed: 7, scale: 2 },
  { model: "gru", H: 8, I: 2, T: 25, seed: 8, scale: 1 },
];

describe("hand-written BPTT against tfjs autodiff (float32)", () => {
  it.each(CASES)("$model $activation H=$H T=$T", (c) => {
    const spec = makeSpec(c);
    const ours: TraceResult = trace(spec);
    const ref = tfjsNorms(spec);
    expect(Math.abs(ours.loss! - ref.loss)).toBeLessThan(1e-4 * Math.max(1, Math.abs(ref.loss)));
    // Chosen so the gradient at step 0 is still well inside float32 range.
    expect(ref.hidden[0]!).toBeGreaterThan(1e-8 * Math.max(...ref.hidden));
    compare(ours.hiddenGradNorms, ref.hidden);
    if (ref.cell) compare(ours.cellGradNorms ?? [], ref.cell);
  });
});
