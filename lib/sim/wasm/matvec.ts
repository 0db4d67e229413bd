/**
 * Float64 matrices packed into a WebAssembly memory of their own and multiplied by the SIMD
 * kernel in gate-kernel.wat (its bytes: gate-kernel.bytes.ts, built by `npm run build:wasm`).
 * Results are bit-for-bit those of `matVec` in models/kernel.ts: the same products added in the
 * same order, one accumulator per row (see the .wat file).
 *
 * The module is compiled once, synchronously (it is a few hundred bytes, well under the 4 KiB
 * browsers allow for synchronous compilation on a page's main thread); each `packMatrices` call
 * gets an instance and a memory of its own, sized once, so the typed-array views never go stale
 * (the memory never grows) and the garbage collector frees both with the cell that holds them.
 * Where WebAssembly or its SIMD is missing, or a Content-Security-Policy forbids compiling it,
 * `wasmKernelAvailable()` is false and the callers keep the TypeScript kernel.
 */
import { GATE_KERNEL_WASM_BASE64 } from "./gate-kernel.bytes";

/** Rows per panel of the kernel's packed layout (four f64x2 accumulators). */
export const PANEL_ROWS = 8;

const PAGE_BYTES = 65536;

export interface PackedMatVec {
  readonly rows: number;
  readonly cols: number;
  /** The product's right-hand side, in the module's memory: write it, then call `run`. */
  readonly input: Float64Array;
  /** out[outOff + r] = init[r] (init null: 0) + Σ_j m[r, j] · input[j] for r < rows. */
  run: (init: Float64Array | null, out: Float64Array, outOff: number) => void;
  /** The same with input = v[vOff .. vOff + cols). */
  apply: (
    v: Float64Array,
    vOff: number,
    init: Float64Array | null,
    out: Float64Array,
    outOff: number,
  ) => void;
  /**
   * Replaces the matrix with m (rows x cols, row-major), or with mᵀ when `transposed` (m is then
   * cols x rows): a caller multiplying by many matrices of one shape packs one instance, once.
   */
  load: (m: Float64Array, transposed?: boolean) => void;
}

export interface MatrixToPack {
  /** rows x cols, row-major */
  readonly m: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

type MatVecExport = (
  w: number,
  panels: number,
  cols: number,
  v: number,
  init: number,
  out: number,
) => void;

let compiled: WebAssembly.Module | null | undefined;

function gateKernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled =
        typeof WebAssembly === "object"
          ? new WebAssembly.Module(decodeBase64(GATE_KERNEL_WASM_BASE64))
          : null;
    } catch {
      // No SIMD, or compilation forbidden (CSP without 'wasm-unsafe-eval'): the TS kernel runs.
      compiled = null;
    }
  }
  return compiled;
}

export function wasmKernelAvailable(): boolean {
  return gateKernelModule() !== null;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const roundUp = (n: number, k: number) => Math.ceil(n / k) * k;

/**
 * Packs each matrix into panels of PANEL_ROWS rows (column-major inside a panel, zero rows as
 * padding) in one new memory, with its input, bias and output buffers. Null when the kernel is
 * unavailable.
 */
export function packMatrices(mats: readonly MatrixToPack[]): PackedMatVec[] | null {
  const mod = gateKernelModule();
  if (!mod) return null;
  // Layout in doubles; every region starts at an even index (16-byte aligned for v128).
  let next = 0;
  const take = (n: number) => {
    const at = next;
    next += roundUp(Math.max(n, 1), 2);
    return at;
  };
  const zeros = take(Math.max(...mats.map((a) => roundUp(a.rows, PANEL_ROWS))));
  const regions = mats.map(({ rows, cols }) => {
    const padded = roundUp(rows, PANEL_ROWS);
    return { w: take(padded * cols), input: take(cols), init: take(padded), out: take(padded) };
  });
  const memory = new WebAssembly.Memory({ initial: Math.ceil((next * 8) / PAGE_BYTES) });
  const instance = new WebAssembly.Instance(mod, { env: { memory } });
  const matvec = instance.exports.matvec as MatVecExport;
  const f64 = new Float64Array(memory.buffer);
  return mats.map((a, k) => {
    const at = regions[k]!;
    writePanels(f64, at.w, a);
    return packedMatVec(f64, matvec, a.rows, a.cols, at, zeros);
  });
}

/** Panel p, column j, lane l  <-  m[(p·PANEL_ROWS + l)·cols + j] (transposed: m[j·rows + r]). */
function writePanels(
  f64: Float64Array,
  base: number,
  { m, rows, cols }: MatrixToPack,
  transposed = false,
): void {
  if (transposed) {
    // Column j of a panel is a run of m's row j: copy runs, reading and writing in order.
    for (let r0 = 0; r0 < rows; r0 += PANEL_ROWS) {
      const lanes = Math.min(PANEL_ROWS, rows - r0);
      const panel = base + r0 * cols;
      for (let j = 0; j < cols; j++) {
        const at = panel + j * PANEL_ROWS;
        const from = j * rows + r0;
        for (let l = 0; l < lanes; l++) f64[at + l] = m[from + l]!;
      }
    }
    return;
  }
  for (let r = 0; r < rows; r++) {
    const panel = base + Math.floor(r / PANEL_ROWS) * PANEL_ROWS * cols + (r % PANEL_ROWS);
    for (let j = 0; j < cols; j++) f64[panel + j * PANEL_ROWS] = m[r * cols + j]!;
  }
}

function packedMatVec(
  f64: Float64Array,
  matvec: MatVecExport,
  rows: number,
  cols: number,
  at: { w: number; input: number; init: number; out: number },
  zeros: number,
): PackedMatVec {
  const panels = Math.ceil(rows / PANEL_ROWS);
  const input = f64.subarray(at.input, at.input + cols);
  const result = f64.subarray(at.out, at.out + rows);
  const run = (init: Float64Array | null, out: Float64Array, outOff: number) => {
    let initAt = zeros;
    if (init) {
      // element loops, not subarray(): nothing is allocated per step
      for (let r = 0; r < rows; r++) f64[at.init + r] = init[r]!;
      initAt = at.init;
    }
    matvec(at.w * 8, panels, cols, at.input * 8, initAt * 8, at.out * 8);
    out.set(result, outOff);
  };
  return {
    rows,
    cols,
    input,
    run,
    apply: (v, vOff, init, out, outOff) => {
      for (let j = 0; j < cols; j++) input[j] = v[vOff + j]!;
      run(init, out, outOff);
    },
    // Padding rows stay zero: the shape, and so the layout, never changes.
    load: (m, transposed = false) => writePanels(f64, at.w, { m, rows, cols }, transposed),
  };
}
