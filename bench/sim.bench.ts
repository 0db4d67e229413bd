/**
 * `npm run bench:sim [-- --json]`: a benchmark, not a test.
 * For an LSTM (H=32, T=200) and (H=128, T=1000), input size 16, float64, one thread:
 *  - ours: a full `trace` (spec parse, weight init, forward, hand-written BPTT, per-step norms);
 *  - tfjs: the same per-step gradients by @tensorflow/tfjs autodiff (tf.grads with respect to a
 *    zero perturbation on every h_k and c_k), cpu backend, float32;
 *  - PyTorch: the same computation in float64, eager autograd, one thread, when a `python3`
 *    with torch is on the PATH; otherwise skipped, with the figure last measured on this machine
 *    class printed as a labelled reference;
 *  - GFLOP/s of ours (matrix-vector multiply-adds only), against the best float64 loop we can
 *    write in JS (a row-blocked matrix-vector product over L1-resident data) and against an
 *    assumed hardware peak (stated in the output).
 * Each time is the fastest of several runs after a warm-up; the median wall time is printed
 * beside it as the spread. On a shared machine wall time also counts other processes' turns on
 * the core, so the CPU time of this process (process.cpuUsage, fastest run) is printed too and
 * the GFLOP/s figures use it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { createRng, trace } from "../lib/sim";

const I = 16;
const CASES = [
  { name: "lstm-h32-t200", hiddenSize: 32, steps: 200, reps: 40, tfReps: 5, torchRefMs: 26 },
  { name: "lstm-h128-t1000", hiddenSize: 128, steps: 1000, reps: 8, tfReps: 2, torchRefMs: 262 },
];

interface Timing {
  /** fastest wall time, ms */
  best: number;
  /** median wall time, ms */
  median: number;
  /** fastest CPU time of this process (user + system), ms */
  cpu: number;
}

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function time(reps: number, f: () => void): Timing {
  f(); // warm-up (JIT, tfjs kernels)
  const ts: number[] = [];
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
    cpu = Math.min(cpu, cpuMs(c0));
  }
  ts.sort((a, b) => a - b);
  return { best: ts[0]!, median: ts[ts.length >> 1]!, cpu };
}

/** Matrix-vector multiply-adds of one trace: forward 4H x (I+H), backward 4H x H, per step. */
const traceFlops = (H: number, T: number) => T * (2 * 4 * H * (I + H) + 2 * 4 * H * H);

/**
 * The best float64 rate we get from plain JS on one core: a 16 x 128 matrix-vector product
 * (16 KiB, in L1) computed four rows at a time, so each vector entry is loaded once for four
 * multiply-adds and four independent sums hide the add latency; neither memory nor the
 * dependency chain limits it. It is the kernel's loop at its most favourable size.
 */
function bestLoopGflops(): number {
  const rows = 16;
  const cols = 128;
  const m = new Float64Array(rows * cols);
  const v = new Float64Array(cols);
  const rng = createRng(1);
  for (let i = 0; i < m.length; i++) m[i] = rng.normal();
  for (let j = 0; j < cols; j++) v[j] = rng.normal();
  let sink = 0;
  const reps = 20_000;
  const run = () => {
    for (let k = 0; k < reps; k++) {
      for (let r = 0; r < rows; r += 4) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const o = r * cols;
        for (let j = 0; j < cols; j++) {
          const vj = v[j]!;
          a0 += m[o + j]! * vj;
          a1 += m[o + cols + j]! * vj;
          a2 += m[o + 2 * cols + j]! * vj;
          a3 += m[o + 3 * cols + j]! * vj;
        }
        sink += a0 + a1 + a2 + a3;
      }
    }
  };
  const t = time(5, run);
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the loop from being elided");
  return (2 * rows * cols * reps) / (t.cpu * 1e6);
}

/** Assumed hardware peak of one core: 16 float64 FLOP/cycle (two 256-bit FMA pipes) x clock. */
function hardwarePeak(): { gflops: number; note: string } {
  let mhz = 3000;
  let source = "clock assumed 3.0 GHz";
  try {
    const m = /cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) {
      mhz = Number(m[1]);
      source = `clock ${(mhz / 1000).toFixed(2)} GHz from /proc/cpuinfo`;
    }
  } catch {
    // not Linux: keep the assumed clock
  }
  const gflops = (16 * mhz) / 1000;
  return {
    gflops,
    note:
      `assumed one-core peak ${gflops.toFixed(1)} GFLOP/s = 16 float64 FLOP/cycle (two 256-bit ` +
      `FMA pipes), ${source}; scalar code without SIMD or FMA, which is what JS compiles to, ` +
      `tops out at a quarter of that`,
  };
}

function tfjsMs(H: number, T: number, reps: number, inputs: number[][]): Timing {
  const rng = createRng(2);
  const k = 1 / Math.sqrt(H);
  const uniform = (n: number) => Array.from({ length: n }, () => rng.uniformIn(-k, k));
  const Wih = tf.tensor2d(uniform(4 * H * I), [4 * H, I]);
  const Whh = tf.tensor2d(uniform(4 * H * H), [4 * H, H]);
  const b = tf.tensor2d(uniform(4 * H), [4 * H, 1]);
  const xs = inputs.map((row) => tf.tensor2d(row, [I, 1]));
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

/**
 * The same LSTM in PyTorch: float64, one thread, eager autograd, gradients on every h_k and c_k
 * (retain_grad) and their norms. Prints the fastest of `reps` runs in ms.
 */
const TORCH_SCRIPT = `
import sys, time, torch
torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
H, T, I, reps = (int(a) for a in sys.argv[1:5])
g = torch.Generator().manual_seed(0)
k = H ** -0.5
Wih = (torch.rand(4 * H, I, generator=g) * 2 - 1) * k
Whh = (torch.rand(4 * H, H, generator=g) * 2 - 1) * k
b = (torch.rand(4 * H, generator=g) * 2 - 1) * k
xs = torch.randn(T, I, generator=g)
def run():
    h = torch.zeros(H, requires_grad=True); c = torch.zeros(H, requires_grad=True)
    hs, cs = [h], [c]
    for t in range(T):
        pre = Wih @ xs[t] + Whh @ h + b
        i, f, gg, o = pre.split(H)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(gg)
        h = torch.sigmoid(o) * torch.tanh(c)
        h.retain_grad(); c.retain_grad(); hs.append(h); cs.append(c)
    h.sum().backward()
    return [v.grad.norm().item() for v in hs + cs if v.grad is not None]
run()
best = float("inf")
for _ in range(reps):
    t0 = time.perf_counter(); run(); best = min(best, time.perf_counter() - t0)
print(best * 1000)
`;

/** null when no python3 with torch is available. */
function torchMs(H: number, T: number, reps: number): number | null {
  const probe = spawnSync("python3", ["-c", "import torch"], { encoding: "utf8" });
  if (probe.status !== 0) return null;
  const r = spawnSync(
    "python3",
    ["-c", TORCH_SCRIPT, String(H), String(T), String(I), String(reps)],
    {
      encoding: "utf8",
    },
  );
  const ms = Number(r.stdout.trim());
  return r.status === 0 && Number.isFinite(ms) ? ms : null;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  await tf.setBackend("cpu");
  await tf.ready();
  const best = bestLoopGflops();
  const peak = hardwarePeak();
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
    const ours = time(c.reps, () => {
      trace(spec);
    });
    const tfjs = tfjsMs(c.hiddenSize, c.steps, c.tfReps, inputs);
    const torch = torchMs(c.hiddenSize, c.steps, Math.max(3, c.tfReps));
    const gflops = traceFlops(c.hiddenSize, c.steps) / (ours.cpu * 1e6);
    cases.push({
      name: c.name,
      hiddenSize: c.hiddenSize,
      steps: c.steps,
      ms: round(ours.best),
      medianMs: round(ours.median),
      cpuMs: round(ours.cpu),
      tfjsMs: round(tfjs.best),
      tfjsCpuMs: round(tfjs.cpu),
      speedupVsTfjs: round(tfjs.cpu / ours.cpu),
      torchMs: torch === null ? null : round(torch),
      torchReferenceMs: c.torchRefMs,
      speedupVsTorch: round((torch ?? c.torchRefMs) / ours.cpu),
      gflops: round(gflops),
      fractionOfBestJsLoop: round(gflops / best),
      fractionOfHardwarePeak: round(gflops / peak.gflops),
    });
  }
  if (json) {
    const report = { bestJsLoopGflops: round(best), hardwarePeak: peak, cases };
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  const out: string[] = [];
  out.push(
    `best JS float64 loop (row-blocked matrix-vector product in L1): ${round(best)} GFLOP/s`,
  );
  out.push(peak.note);
  for (const c of cases) {
    const torch =
      c.torchMs === null
        ? `PyTorch skipped (no python3 with torch here; reference measured on this machine class: ` +
          `${c.torchReferenceMs} ms, ${c.speedupVsTorch}x)`
        : `PyTorch f64 1 thread ${c.torchMs} ms (${c.speedupVsTorch}x)`;
    out.push(
      `${c.name}: trace ${c.cpuMs} ms CPU, ${c.ms} ms wall (median ${c.medianMs}) | tfjs ` +
        `${c.tfjsCpuMs} ms CPU, ${c.tfjsMs} wall (${c.speedupVsTfjs}x) | ${torch} | ${c.gflops} GFLOP/s = ` +
        `${pct(c.fractionOfBestJsLoop)} of the best JS loop, ${pct(c.fractionOfHardwarePeak)} of peak`,
    );
  }
  process.stdout.write(out.join("\n") + "\n");
}

const round = (v: number) => Number(v.toPrecision(4));
const pct = (v: number) => `${Math.round(v * 100)}%`;

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
