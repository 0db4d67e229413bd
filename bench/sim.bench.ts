/**
 * `npm run bench:sim [-- --json]`: a benchmark, not a test.
 * For an LSTM (H=32, T=200) and (H=128, T=1000), input size 16, float64, one thread:
 *  - ours: a full `trace` (spec parse, weight init, forward, hand-written BPTT, per-step norms),
 *    on the gate kernel's WebAssembly SIMD engine (the default where available) and on its
 *    TypeScript engine (the reference and fallback: the "before" column, same run);
 *  - tfjs: the same per-step gradients by @tensorflow/tfjs autodiff (tf.grads with respect to a
 *    zero perturbation on every h_k and c_k), cpu backend, float32;
 *  - PyTorch: the same computation in float64, eager autograd, one thread, when a `python3`
 *    with torch is on the PATH; otherwise skipped, with the figure last measured on this machine
 *    class printed as a labelled reference;
 *  - GFLOP/s of ours (matrix-vector multiply-adds only), against the best float64 loop we have:
 *    the WebAssembly kernel itself (assembled from the committed .wat) on a block that stays in
 *    L1, and against the core's peak, estimated from /proc/cpuinfo and stated in the output.
 * Each time is the fastest of several runs after a warm-up; the median is printed beside it as
 * the spread. On a shared machine wall time also counts other processes' turns on the core, so
 * the CPU time of this process (process.cpuUsage) is printed too and the GFLOP/s figures use
 * the fastest CPU time.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { createRng, kernelEngine, setKernelEngine, trace, type KernelEngine } from "../lib/sim";
import { assembleGateKernel } from "../scripts/wasm/assemble";

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
  /** median CPU time, ms */
  cpuMedian: number;
}

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function time(reps: number, f: () => void): Timing {
  f(); // warm-up (JIT, tfjs kernels)
  const ts: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
    cpus.push(cpuMs(c0));
  }
  const sorted = (v: number[]) => v.sort((a, b) => a - b);
  sorted(ts);
  sorted(cpus);
  return {
    best: ts[0]!,
    median: ts[ts.length >> 1]!,
    cpu: cpus[0]!,
    cpuMedian: cpus[cpus.length >> 1]!,
  };
}

/** Matrix-vector multiply-adds of one trace: forward 4H x (I+H), backward 4H x H, per step. */
const traceFlops = (H: number, T: number) => T * (2 * 4 * H * (I + H) + 2 * 4 * H * H);

/**
 * The best float64 rate we have on one core: the WebAssembly kernel's own loop (8 rows per
 * pass, four f64x2 accumulators, the vector entry loaded once per 8 rows) on a 32 x 128 block
 * (32 KiB, in L1), so neither memory nor the dependency chains limit it. Assembled here from
 * the committed .wat, which the unit tests keep equal to the shipped bytes.
 */
async function bestLoopGflops(): Promise<number> {
  const rows = 32;
  const cols = 128;
  const memory = new WebAssembly.Memory({ initial: 1 });
  const mod = new WebAssembly.Module(await assembleGateKernel());
  const instance = new WebAssembly.Instance(mod, { env: { memory } });
  const matvec = instance.exports.matvec as (...args: number[]) => void;
  const f64 = new Float64Array(memory.buffer);
  const rng = createRng(1);
  const [w, v, init, out] = [0, rows * cols, rows * cols + cols, rows * cols + cols + rows];
  for (let i = 0; i < out; i++) f64[i] = rng.normal();
  const reps = 20_000;
  const t = time(5, () => {
    for (let k = 0; k < reps; k++) matvec(w * 8, rows / 8, cols, v * 8, init * 8, out * 8);
  });
  if (Number.isNaN(f64[out])) throw new Error("unreachable: reads the result");
  return (2 * rows * cols * reps) / (t.cpu * 1e6);
}

/**
 * One core's double-precision peak, estimated: FLOP per cycle from the vector units the CPU
 * reports (/proc/cpuinfo flags: two FMA pipes of 512 bits = 32, of 256 bits = 16, else 8) times
 * the clock it reports (nominal; a boost clock would make the true peak higher).
 */
function hardwarePeak(): { gflops: number; note: string } {
  let mhz = 3000;
  let flopsPerCycle = 16;
  let source = "clock assumed 3.0 GHz, 16 FLOP/cycle assumed (two 256-bit FMA pipes)";
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const clock = /cpu MHz\s*:\s*([\d.]+)/.exec(info);
    const flags = /^flags\s*:(.*)$/m.exec(info)?.[1]?.split(/\s+/) ?? [];
    if (clock) mhz = Number(clock[1]);
    flopsPerCycle = flags.includes("avx512f") ? 32 : flags.includes("fma") ? 16 : 8;
    const units = {
      32: "two 512-bit FMA pipes, avx512f",
      16: "two 256-bit FMA pipes, fma",
      8: "no FMA flag",
    }[flopsPerCycle];
    source = `${flopsPerCycle} float64 FLOP/cycle (${units}) x ${(mhz / 1000).toFixed(2)} GHz (/proc/cpuinfo, nominal)`;
  } catch {
    // not Linux: keep the assumptions
  }
  const gflops = (flopsPerCycle * mhz) / 1000;
  return {
    gflops,
    note:
      `estimated one-core peak ${gflops.toFixed(1)} GFLOP/s = ${source}. WebAssembly SIMD has ` +
      `128-bit vectors and no fused multiply-add (it would change the rounding anyway): two ` +
      `lanes, a multiply and an add per pair, so it can reach at most ${Math.min(8, flopsPerCycle) / flopsPerCycle} of that`,
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
  const best = await bestLoopGflops();
  const engine = kernelEngine();
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
    const timeTrace = (e: KernelEngine) => {
      setKernelEngine(e);
      return time(c.reps, () => {
        trace(spec);
      });
    };
    const typescript = timeTrace("ts");
    const ours = timeTrace(engine);
    setKernelEngine("auto");
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
      cpuMedianMs: round(ours.cpuMedian),
      engine,
      tsEngineCpuMs: round(typescript.cpu),
      tsEngineCpuMedianMs: round(typescript.cpuMedian),
      tsEngineGflops: round(traceFlops(c.hiddenSize, c.steps) / (typescript.cpu * 1e6)),
      speedupVsTsEngine: round(typescript.cpu / ours.cpu),
      tfjsMs: round(tfjs.best),
      tfjsCpuMs: round(tfjs.cpu),
      speedupVsTfjs: round(tfjs.cpu / ours.cpu),
      torchMs: torch === null ? null : round(torch),
      torchReferenceMs: c.torchRefMs,
      speedupVsTorch: round((torch ?? c.torchRefMs) / ours.cpu),
      gflops: round(gflops),
      fractionOfBestLoop: round(gflops / best),
      fractionOfHardwarePeak: round(gflops / peak.gflops),
    });
  }
  if (json) {
    const report = { bestLoopGflops: round(best), hardwarePeak: peak, cases };
    process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  const out: string[] = [];
  out.push(
    `best float64 loop (the WebAssembly kernel on a 32 x 128 block in L1): ${round(best)} GFLOP/s`,
  );
  out.push(peak.note);
  for (const c of cases) {
    const torch =
      c.torchMs === null
        ? `PyTorch skipped (no python3 with torch here; reference measured on this machine class: ` +
          `${c.torchReferenceMs} ms, ${c.speedupVsTorch}x)`
        : `PyTorch f64 1 thread ${c.torchMs} ms (${c.speedupVsTorch}x)`;
    out.push(
      `${c.name}: trace (${c.engine}) ${c.cpuMs} ms CPU (median ${c.cpuMedianMs}), ${c.ms} ms wall ` +
        `(median ${c.medianMs}), ${c.gflops} GFLOP/s = ${pct(c.fractionOfBestLoop)} of the best ` +
        `loop, ${pct(c.fractionOfHardwarePeak)} of peak | TS engine ${c.tsEngineCpuMs} ms CPU ` +
        `(median ${c.tsEngineCpuMedianMs}), ${c.tsEngineGflops} GFLOP/s (${c.speedupVsTsEngine}x) | ` +
        `tfjs ${c.tfjsCpuMs} ms CPU, ${c.tfjsMs} wall (${c.speedupVsTfjs}x) | ${torch}`,
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
