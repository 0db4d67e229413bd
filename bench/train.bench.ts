/**
 * `npm run bench:train [-- --json]`: a benchmark, not a test.
 * Training iterations per second (sample a batch, forward, exact gradient, Adam update) for the
 * LSTM on the adding problem at lag 50, batch 32, hidden 16, 32 and 64, against
 * @tensorflow/tfjs (CPU backend, float32) training the same model (fused [x_t, h_{t-1}] x W
 * gate product, linear read-out, mean squared error) with tf.train.adam on batches of the same generator,
 * in the same process, in alternating rounds, per CPU-second. Then the wall-clock seconds to solve the task at the trainer's defaults
 * (`sim train --task adding --model lstm --lag 50`) for three seeds. Each speed is the fastest
 * of several timed rounds after a warm-up: on a shared machine slower rounds measure other
 * processes.
 */
import * as tf from "@tensorflow/tfjs";
import { createRng } from "../lib/sim";
import { createTrainer, type Trainer } from "../lib/sim/train";

const LAG = 50;
const BATCH = 32;
const SIZES = [16, 32, 64];

/** CPU milliseconds of this process (both trainers run synchronously on the main thread). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Iterations per CPU-second of `a` and `b`, in alternating rounds; the fastest round of each
 * counts. CPU time rather than wall-clock time: on a shared machine the wall clock also counts
 * the time other processes hold the core, and short rounds would be luckier than long ones.
 */
function bestRates(
  rounds: number,
  iters: [number, number],
  a: () => void,
  b: () => void,
): [number, number] {
  a(); // warm-up: JIT, tfjs kernels
  b();
  const best: [number, number] = [0, 0];
  for (let r = 0; r < rounds; r++) {
    [a, b].forEach((step, k) => {
      const n = iters[k]!;
      const t0 = cpuMs();
      for (let i = 0; i < n; i++) step();
      best[k] = Math.max(best[k]!, (n * 1000) / (cpuMs() - t0));
    });
  }
  return best;
}

/** tfjs trains a copy of the trainer's model on the trainer's own batches. */
function tfjsStep(tr: Trainer): () => void {
  const { hiddenSize: H, inputSize: I } = tr.model.config;
  const K = I + H;
  const th = tr.model.theta;
  const { w, b, wOut, bOut } = tr.model.layout;
  // theta holds W as 4H x K row-major; tfjs multiplies z (B x K) by Wᵀ (K x 4H).
  const W = tf.variable(
    tf.tensor2d(Float32Array.from(th.slice(w, w + 4 * H * K)), [4 * H, K]).transpose(),
  );
  const bias = tf.variable(tf.tensor1d(Float32Array.from(th.slice(b, b + 4 * H))));
  const Wo = tf.variable(
    tf.tensor2d(Float32Array.from(th.slice(wOut, wOut + H)), [1, H]).transpose(),
  );
  const bo = tf.variable(tf.tensor1d(Float32Array.from(th.slice(bOut, bOut + 1))));
  const opt = tf.train.adam(0.01, 0.9, 0.999, 1e-8);
  const T = tr.task.steps;
  const x = new Float64Array(T * BATCH * I);
  const tg = {
    kind: "mse" as const,
    value: new Float64Array(BATCH),
    label: new Int32Array(0),
    tolerance: 0,
  };
  const rng = createRng(tr.spec.seed + 7);
  return () => {
    tr.task.sample(rng, x, tg, BATCH);
    tf.tidy(() => {
      const xs = tf.unstack(tf.tensor3d(Float32Array.from(x), [T, BATCH, I]));
      const y = tf.tensor2d(Float32Array.from(tg.value), [BATCH, 1]);
      opt.minimize(() => {
        let h: tf.Tensor2D = tf.zeros([BATCH, H]);
        let c: tf.Tensor2D = tf.zeros([BATCH, H]);
        for (let t = 0; t < T; t++) {
          const pre = tf
            .concat([xs[t] as tf.Tensor2D, h], 1)
            .matMul(W)
            .add(bias);
          const [i, f, g, o] = tf.split<tf.Tensor2D>(pre, 4, 1);
          c = tf
            .sigmoid(f!)
            .mul(c)
            .add(tf.sigmoid(i!).mul(tf.tanh(g!)));
          h = tf.sigmoid(o!).mul(tf.tanh(c));
        }
        return tf.losses.meanSquaredError<tf.Tensor, tf.Scalar>(y, h.matMul(Wo).add(bo));
      });
    });
  };
}

function trainer(hidden: number, seed = 1): Trainer {
  return createTrainer({
    task: "adding",
    model: "lstm",
    lag: LAG,
    hidden,
    batch: BATCH,
    seed,
    iterations: 1e6,
  });
}

/** Seconds (and iterations) until the trainer's defaults solve the adding problem at lag 50. */
function timeToSolve(seed: number) {
  const tr = createTrainer({ task: "adding", model: "lstm", lag: LAG, seed, stopWhenSolved: true });
  const t0 = performance.now();
  const c0 = cpuMs();
  let solvedAt: number | null = null;
  for (const p of tr.run()) solvedAt = p.solvedAt;
  return {
    seed,
    seconds: round((performance.now() - t0) / 1000),
    cpuSeconds: round((cpuMs() - c0) / 1000),
    solvedAt,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  await tf.setBackend("cpu");
  await tf.ready();
  const speeds = SIZES.map((H) => {
    const ours = trainer(H);
    const [rate, tfRate] = bestRates(
      5,
      [Math.max(5, Math.round(1600 / H)), 2],
      () => ours.step(),
      tfjsStep(trainer(H)),
    );
    return {
      hidden: H,
      itersPerSecond: round(rate),
      tfjsItersPerSecond: round(tfRate),
      speedup: round(rate / tfRate),
    };
  });
  const solve = [1, 2, 3].map(timeToSolve);
  if (json) {
    process.stdout.write(JSON.stringify({ lag: LAG, batch: BATCH, speeds, solve }, null, 2) + "\n");
    return;
  }
  for (const s of speeds) {
    process.stdout.write(
      `lstm h${s.hidden} lag ${LAG} batch ${BATCH}: ${s.itersPerSecond} it/s | tfjs ${s.tfjsItersPerSecond} it/s | ${s.speedup}x faster (per CPU-second)\n`,
    );
  }
  for (const s of solve) {
    process.stdout.write(
      `defaults (adding, lstm, lag ${LAG}, hidden 16, adam 0.01), seed ${s.seed}: ` +
        (s.solvedAt === null ? "not solved" : `solved at iteration ${s.solvedAt}`) +
        ` in ${s.cpuSeconds} CPU-s (${s.seconds} s wall)\n`,
    );
  }
}

const round = (v: number) => Number(v.toPrecision(4));

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
