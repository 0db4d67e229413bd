/**
 * `npm run bench:sim [-- --json]`: a benchmark, not a test.
 * For an LSTM (H=32, T=200) and (H=128, T=1000), input size 16: milliseconds for a full trace
 * (spec parse, weight init, forward, hand-written BPTT, per-step norms), the same gradients by
 * @tensorflow/tfjs autodiff (tf.grads with respect to a zero perturbation on every h_k and c_k,
 * i.e. the same per-step quantities), and our GFLOP/s against a tight Float64Array
 * matrix-vector loop timed in the same process. Each figure is the fastest of several runs after
 * a warm-up, for ours, tfjs and the tight loop alike.
 */
import * as tf from "@tensorflow/tfjs";
import { createRng, trace } from "../lib/sim";

const I = 16;
const CASES = [
  { name: "lstm-h32-t200", hiddenSize: 32, steps: 200, reps: 40, tfReps: 5 },
  { name: "lstm-h128-t1000", hiddenSize: 128, steps: 1000, reps: 6, tfReps: 2 },
];

function time(reps: number, f: () => void): number {
  f(); // warm-up (JIT, tfjs kernels)
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  // The fastest run: on a shared machine the others measure other people's processes too.
  return Math.min(...ts);
}

/** Matrix-vector multiply-adds of one trace: forward 4H x (I+H), backward 4H x H, per step. */
const traceFlops = (H: number, T: number) => T * (2 * 4 * H * (I + H) + 2 * 4 * H * H);

/** The reference: y = W x with W 4H x H, as tight as plain JS gets, fed back so it cannot be elided. */
function tightLoopGflops(H: number, T: number): number {
  const rows = 4 * H;
  const w = new Float64Array(rows * H);
  const rng = createRng(1);
  for (let i = 0; i < w.length; i++) w[i] = rng.normal() / H;
  const x = new Float64Array(H).fill(1);
  const y = new Float64Array(rows);
  const run = () => {
    for (let t = 0; t < T; t++) {
      for (let r = 0; r < rows; r++) {
        let s = 0;
        const o = r * H;
        for (let j = 0; j < H; j++) s += w[o + j]! * x[j]!;
        y[r] = s;
      }
      for (let j = 0; j < H; j++) x[j] = Math.tanh(y[j]!);
    }
  };
  const reps = Math.max(3, Math.ceil(2e8 / (2 * rows * H * T)));
  const ms = time(5, () => {
    for (let k = 0; k < reps; k++) run();
  });
  return (2 * rows * H * T * reps) / (ms * 1e6);
}

function tfjsMs(H: number, T: number, reps: number, spec: { inputs: number[][] }): number {
  const rng = createRng(2);
  const k = 1 / Math.sqrt(H);
  const Wih = tf.tensor2d(
    Array.from({ length: 4 * H * I }, () => rng.uniformIn(-k, k)),
    [4 * H, I],
  );
  const Whh = tf.tensor2d(
    Array.from({ length: 4 * H * H }, () => rng.uniformIn(-k, k)),
    [4 * H, H],
  );
  const b = tf.tensor2d(
    Array.from({ length: 4 * H }, () => rng.uniformIn(-k, k)),
    [4 * H, 1],
  );
  const xs = spec.inputs.map((row) => tf.tensor2d(row, [I, 1]));
  const f = (...eps: tf.Tensor[]): tf.Scalar => {
    let h: tf.Tensor = eps[0]!;
    let c: tf.Tensor = eps[T + 1]!;
    for (let t = 1; t <= T; t++) {
      const pre = tf
        .matMul(Wih, xs[t - 1]!)
        .add(tf.matMul(Whh, h))
        .add(b);
      const i = tf.sigmoid(pre.slice([0, 0], [H, 1]));
      const fg = tf.sigmoid(pre.slice([H, 0], [H, 1]));
      const g = tf.tanh(pre.slice([2 * H, 0], [H, 1]));
      const o = tf.sigmoid(pre.slice([3 * H, 0], [H, 1]));
      c = fg
        .mul(c)
        .add(i.mul(g))
        .add(eps[T + 1 + t]!);
      h = o.mul(tf.tanh(c)).add(eps[t]!);
    }
    return tf.sum(h);
  };
  const eps = Array.from({ length: 2 * (T + 1) }, () => tf.zeros([H, 1]));
  const g = tf.grads(f);
  return time(reps, () =>
    tf.tidy(() => {
      const grads = g(eps);
      for (const t of grads) t.norm().dataSync();
    }),
  );
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  await tf.setBackend("cpu");
  await tf.ready();
  const cases = [];
  for (const c of CASES) {
    const rng = createRng(3);
    const inputs = Array.from({ length: c.steps }, () =>
      Array.from({ length: I }, () => rng.normal()),
    );
    const spec = {
      model: "lstm",
      hiddenSize: c.hiddenSize,
      inputSize: I,
      steps: c.steps,
      seed: 1,
      inputs,
    };
    const ms = time(c.reps, () => {
      trace(spec);
    });
    const tfMs = tfjsMs(c.hiddenSize, c.steps, c.tfReps, spec);
    const gflops = traceFlops(c.hiddenSize, c.steps) / (ms * 1e6);
    const tight = tightLoopGflops(c.hiddenSize, c.steps);
    cases.push({
      name: c.name,
      hiddenSize: c.hiddenSize,
      steps: c.steps,
      ms: round(ms),
      tfjsMs: round(tfMs),
      speedupVsTfjs: round(tfMs / ms),
      gflops: round(gflops),
      tightLoopGflops: round(tight),
      fractionOfTightLoop: round(gflops / tight),
    });
  }
  if (json) {
    process.stdout.write(JSON.stringify({ cases }, null, 2) + "\n");
    return;
  }
  for (const c of cases) {
    process.stdout.write(
      `${c.name}: trace ${c.ms} ms | tfjs tf.grads ${c.tfjsMs} ms (${c.speedupVsTfjs}x faster) | ` +
        `${c.gflops} GFLOP/s vs tight loop ${c.tightLoopGflops} GFLOP/s (${Math.round(c.fractionOfTightLoop * 100)}%)\n`,
    );
  }
}

const round = (v: number) => Number(v.toPrecision(4));

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
