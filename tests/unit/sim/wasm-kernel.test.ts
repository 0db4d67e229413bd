/**
 * The WebAssembly SIMD gate kernel against the TypeScript one. Both add each row's products in
 * the same order with one accumulator, so they must agree BIT FOR BIT (Object.is on every
 * entry, which also tells -0 from 0), not merely within a tolerance. Also: the committed bytes
 * are exactly what the committed .wat assembles to, so source and binary cannot drift.
 */
import { afterEach, describe, expect, it } from "vitest";
import { trace } from "@/lib/sim";
import { matVec, packGateBlock, setKernelEngine, type KernelEngine } from "@/lib/sim/models/kernel";
import { GATE_KERNEL_WASM_BASE64 } from "@/lib/sim/wasm/gate-kernel.bytes";
import { packMatrices, wasmKernelAvailable } from "@/lib/sim/wasm/matvec";
import { createRng } from "@/lib/sim/rng";
import { assembleGateKernel } from "../../../scripts/wasm/assemble";

afterEach(() => setKernelEngine("auto"));

function randomArray(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
}

/** Indices where a and b differ as float64 values (NaN equals NaN, -0 differs from 0). */
function bitDifferences(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  expect(a.length).toBe(b.length);
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) diff.push(i);
  return diff;
}

function traceWith(engine: KernelEngine, spec: object) {
  setKernelEngine(engine);
  return trace(spec);
}

describe("the committed WebAssembly bytes", () => {
  it("are what gate-kernel.wat assembles to (npm run build:wasm)", async () => {
    const bytes = await assembleGateKernel();
    expect(Buffer.from(bytes).toString("base64")).toBe(GATE_KERNEL_WASM_BASE64);
  });

  it("compile and run here (Node has WebAssembly SIMD)", () => {
    expect(wasmKernelAvailable()).toBe(true);
  });
});

describe("packed matrix-vector product", () => {
  // rows not a multiple of the 8-row panel, a single column, long rows
  const shapes: [number, number][] = [
    [1, 1],
    [3, 5],
    [8, 8],
    [13, 1],
    [17, 40],
    [64, 300],
  ];
  it.each(shapes)("%i x %i equals matVec bit for bit, with and without init", (rows, cols) => {
    const m = randomArray(rows * cols, rows * 1000 + cols);
    const v = randomArray(cols + 3, 7);
    const init = randomArray(rows, 9);
    const [packed] = packMatrices([{ m, rows, cols }])!;
    for (const start of [init, null]) {
      const want = new Float64Array(rows + 2);
      const got = new Float64Array(rows + 2);
      matVec(m, rows, cols, v, 3, start, want, 2);
      packed!.apply(v, 3, start, got, 2);
      expect(bitDifferences(got, want)).toEqual([]);
    }
  });

  it("propagates NaN, infinities and signed zeros as the scalar loop does", () => {
    const rows = 9;
    const cols = 4;
    const m = Float64Array.from({ length: rows * cols }, (_, i) =>
      i % 7 === 0 ? -0 : i === 5 ? Infinity : i === 11 ? NaN : i === 20 ? 1e308 : 1 - i / 9,
    );
    const v = Float64Array.from([1e308, -0, 2, -Infinity]);
    const init = Float64Array.from({ length: rows }, (_, r) => (r % 2 ? -0 : 0));
    const [packed] = packMatrices([{ m, rows, cols }])!;
    const want = new Float64Array(rows);
    const got = new Float64Array(rows);
    matVec(m, rows, cols, v, 0, init, want, 0);
    packed!.apply(v, 0, init, got, 0);
    expect(bitDifferences(got, want)).toEqual([]);
  });
});

describe("gate blocks", () => {
  it("auto picks WebAssembly for a large block and TypeScript for a tiny one", () => {
    const big = packGateBlock(randomArray(128 * 16, 1), randomArray(128 * 32, 2), 128, 16, 32);
    const tiny = packGateBlock(randomArray(8, 1), randomArray(16, 2), 8, 1, 2);
    expect(big.engine).toBe("wasm");
    expect(tiny.engine).toBe("ts");
    setKernelEngine("wasm");
    expect(packGateBlock(randomArray(8, 1), randomArray(16, 2), 8, 1, 2).engine).toBe("wasm");
  });

  it("both engines give the same gates and W_hhᵀ products, bit for bit", () => {
    const [rows, I, H] = [4 * 11, 3, 11];
    const wih = randomArray(rows * I, 3);
    const whh = randomArray(rows * H, 4);
    const blocks = (["ts", "wasm"] as const).map((e) => packGateBlock(wih, whh, rows, I, H, e));
    const x = randomArray(2 * I, 5);
    const h = randomArray(2 * H, 6);
    const bias = randomArray(rows, 7);
    const dpre = randomArray(rows, 8);
    const [pre, back] = blocks.map((b) => {
      const p = new Float64Array(rows);
      const out = new Float64Array(2 * H);
      b.gates(x, I, h, H, bias, p);
      b.backHidden(dpre, out, H);
      return [p, out];
    });
    expect(bitDifferences(pre![0]!, back![0]!)).toEqual([]);
    expect(bitDifferences(pre![1]!, back![1]!)).toEqual([]);
  });
});

describe("traces on both engines", () => {
  const rng = createRng(11);
  const inputs = (T: number, I: number) =>
    Array.from({ length: T }, () => Array.from({ length: I }, () => rng.normal()));
  const specs = [
    { model: "lstm", hiddenSize: 32, inputSize: 16, steps: 60, seed: 1, inputs: inputs(60, 16) },
    {
      model: "lstm",
      hiddenSize: 9,
      inputSize: 2,
      steps: 30,
      seed: 2,
      mode: "truncated",
      forgetBias: 1,
      jacobian: true,
      inputs: inputs(30, 2),
    },
    { model: "lstm", hiddenSize: 5, inputSize: 1, steps: 40, forgetGate: false, jacobian: true },
    { model: "rnn", hiddenSize: 24, inputSize: 4, steps: 50, seed: 3, inputs: inputs(50, 4) },
    { model: "rnn", activation: "relu", hiddenSize: 3, inputSize: 1, steps: 20, jacobian: true },
    { model: "gru", hiddenSize: 20, inputSize: 3, steps: 40, seed: 4, inputs: inputs(40, 3) },
    { model: "gru", hiddenSize: 4, inputSize: 1, steps: 25, seed: 5, jacobian: true },
    // overflow: the non-finite values must appear at the same step on both engines
    { model: "rnn", activation: "linear", hiddenSize: 16, inputSize: 1, steps: 800, initScale: 9 },
  ];
  it.each(specs.map((s, i) => [i, s] as const))("spec %i: identical results", (_, spec) => {
    const ts = traceWith("ts", spec);
    const wasm = traceWith("wasm", spec);
    expect(wasm).toStrictEqual(ts);
    for (const key of ["hiddenGradNorms", "cellGradNorms", "jacobianNorms"] as const) {
      const a = ts[key];
      const b = wasm[key];
      if (a && b) expect(bitDifferences(a.map(Number), b.map(Number))).toEqual([]);
    }
  });
});
