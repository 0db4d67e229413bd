/**
 * The fused gate kernel: every recurrent cell's hot loop is one matrix-vector product per step
 * forward (all gate pre-activations from one contiguous block [W_ih | W_hh]) and one backward
 * (dh_{t-1} = W_hhᵀ v from a transposed copy, so both passes stream rows).
 *
 * Two engines compute the same numbers: WebAssembly SIMD (wasm/gate-kernel.wat, two rows per
 * f64x2, eight rows per pass) where it is available, and `matVec` below, plain TypeScript, the
 * reference and the fallback. `packGateBlock` picks one per block (see `setKernelEngine`).
 *
 * Exactness: `matVec` processes four rows at a time (the vector entry is loaded once for four
 * rows, and the four independent sums overlap in the pipeline), but each row still has ONE
 * accumulator that adds its terms in column order, starting from the bias. A row's result is
 * therefore bit-for-bit the naive loop's `a = b; for j: a += W[r][j] z[j]`; only the schedule
 * changes. The WebAssembly kernel keeps that order too (one f64x2 lane per row, a multiply and
 * an add, no fused multiply-add), so both engines agree bit for bit. (Splitting a row's sum
 * over several accumulators would change rounding, which the printed oracle values would
 * notice.)
 *
 * Internal to lib/sim (the training library in lib/sim/train builds on it); see README.md.
 */
import { packMatrices, wasmKernelAvailable, type PackedMatVec } from "../wasm/matvec";

export type KernelEngine = "wasm" | "ts";

/**
 * Below this many multiply-adds per product the TypeScript kernel is used: a WebAssembly
 * instance costs tens of microseconds to make, more than small cells (the oracles' H = 2) save.
 */
export const WASM_MIN_MULTIPLY_ADDS = 1024;

let engineChoice: KernelEngine | "auto" = "auto";

/**
 * Which engine blocks packed from now on use: "auto" (the default: WebAssembly when available
 * and the product is large enough), or one of them forced (tests compare the two; the bench
 * times both). Forcing "wasm" where it is unavailable throws.
 */
export function setKernelEngine(choice: KernelEngine | "auto"): void {
  if (choice === "wasm" && !wasmKernelAvailable())
    throw new Error("the WebAssembly SIMD kernel is not available here");
  engineChoice = choice;
}

/** The engine a large block gets now: "wasm" when available and not overridden, else "ts". */
export function kernelEngine(): KernelEngine {
  return engineFor(Infinity);
}

/** The engine a product of this many multiply-adds gets now (see WASM_MIN_MULTIPLY_ADDS). */
export function engineFor(multiplyAdds: number): KernelEngine {
  if (engineChoice !== "auto") return engineChoice;
  return multiplyAdds >= WASM_MIN_MULTIPLY_ADDS && wasmKernelAvailable() ? "wasm" : "ts";
}

/** G gate blocks of H rows, packed once per cell so the per-step loops read one array. */
export interface GateBlock {
  /** G·H */
  readonly rows: number;
  readonly inputSize: number;
  readonly hiddenSize: number;
  /** rows x (I + H), row r = [W_ih[r, :] | W_hh[r, :]]: pre = b + block · [x_t | h_{t-1}]. */
  readonly w: Float64Array;
  /** H x rows, W_hhᵀ: dh_{t-1} = W_hhᵀ v is then a row-streaming product as well. */
  readonly whhT: Float64Array;
  readonly engine: KernelEngine;
  /** pre[0 .. rows) = init (null: 0) + w · [x[xOff .. xOff+I) | h[hOff .. hOff+H)]. */
  gates(
    x: Float64Array,
    xOff: number,
    h: Float64Array,
    hOff: number,
    init: Float64Array | null,
    pre: Float64Array,
  ): void;
  /** out[outOff .. outOff+H) = W_hhᵀ v, v of length rows. */
  backHidden(v: Float64Array, out: Float64Array, outOff: number): void;
}

/** Packs PyTorch-layout weightIH (rows x I) and weightHH (rows x H); copies, never aliases. */
export function packGateBlock(
  weightIH: Float64Array,
  weightHH: Float64Array,
  rows: number,
  inputSize: number,
  hiddenSize: number,
  engine: KernelEngine = engineFor(rows * (inputSize + hiddenSize)),
): GateBlock {
  const I = inputSize;
  const H = hiddenSize;
  const cols = I + H;
  const w = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    w.set(weightIH.subarray(r * I, (r + 1) * I), r * cols);
    w.set(weightHH.subarray(r * H, (r + 1) * H), r * cols + I);
  }
  const whhT = transpose(weightHH, rows, H);
  const packed =
    engine === "wasm"
      ? packMatrices([
          { m: w, rows, cols },
          { m: whhT, rows: H, cols: rows },
        ])
      : null;
  if (engine === "wasm" && !packed) throw new Error("the WebAssembly SIMD kernel is not available");
  const shape = { rows, inputSize: I, hiddenSize: H, w, whhT };
  return packed
    ? { ...shape, engine: "wasm", ...wasmProducts(packed[0]!, packed[1]!, I, H) }
    : { ...shape, engine: "ts", ...tsProducts(w, whhT, rows, I, H) };
}

function tsProducts(w: Float64Array, whhT: Float64Array, rows: number, I: number, H: number) {
  const z = new Float64Array(I + H);
  return {
    gates(
      x: Float64Array,
      xOff: number,
      h: Float64Array,
      hOff: number,
      init: Float64Array | null,
      pre: Float64Array,
    ) {
      stackInput(z, x, xOff, I, h, hOff, H);
      matVec(w, rows, I + H, z, 0, init, pre, 0);
    },
    backHidden(v: Float64Array, out: Float64Array, outOff: number) {
      matVec(whhT, H, rows, v, 0, null, out, outOff);
    },
  };
}

function wasmProducts(forward: PackedMatVec, backward: PackedMatVec, I: number, H: number) {
  const z = forward.input;
  return {
    gates(
      x: Float64Array,
      xOff: number,
      h: Float64Array,
      hOff: number,
      init: Float64Array | null,
      pre: Float64Array,
    ) {
      // stacked straight into the module's memory: z = [x_t | h_{t-1}]
      stackInput(z, x, xOff, I, h, hOff, H);
      forward.run(init, pre, 0);
    },
    backHidden(v: Float64Array, out: Float64Array, outOff: number) {
      backward.apply(v, 0, null, out, outOff);
    },
  };
}

/** One packed matrix-vector product, on either engine (for cells without a fused block). */
export interface MatVec {
  readonly engine: KernelEngine;
  /** out[outOff + r] = init[r] (null: 0) + Σ_j m[r, j] · v[vOff + j], as `matVec`. */
  apply(
    v: Float64Array,
    vOff: number,
    init: Float64Array | null,
    out: Float64Array,
    outOff: number,
  ): void;
}

/** Packs several row-major matrices for repeated products (one WebAssembly memory for all). */
export function packMatVecs(
  mats: readonly { m: Float64Array; rows: number; cols: number }[],
  engine: KernelEngine = engineFor(Math.max(...mats.map((a) => a.rows * a.cols))),
): MatVec[] {
  const packed = engine === "wasm" ? packMatrices(mats) : null;
  if (engine === "wasm" && !packed) throw new Error("the WebAssembly SIMD kernel is not available");
  if (packed) return packed.map((p) => ({ engine: "wasm", apply: p.apply }));
  return mats.map(({ m, rows, cols }) => ({
    engine: "ts",
    apply: (v, vOff, init, out, outOff) => matVec(m, rows, cols, v, vOff, init, out, outOff),
  }));
}

/** z = [x[xOff .. xOff+I) | h[hOff .. hOff+H)], the right-hand side of one fused forward step. */
export function stackInput(
  z: Float64Array,
  x: Float64Array,
  xOff: number,
  I: number,
  h: Float64Array,
  hOff: number,
  H: number,
): void {
  for (let j = 0; j < I; j++) z[j] = x[xOff + j]!;
  for (let j = 0; j < H; j++) z[I + j] = h[hOff + j]!;
}

/**
 * out[outOff + r] = init[r] + Σ_j m[r·cols + j] · v[vOff + j] for r < rows (init null: 0), each
 * row summed in column order (see the note on exactness above). m is rows x cols row-major.
 */
export function matVec(
  m: Float64Array,
  rows: number,
  cols: number,
  v: Float64Array,
  vOff: number,
  init: Float64Array | null,
  out: Float64Array,
  outOff: number,
): void {
  const last = rows - 1;
  for (let r0 = 0; r0 < rows; r0 += 4) {
    // The last block repeats row rows-1 when rows is not a multiple of 4: the same sum again,
    // so every output is still exact. (No separate tail loop: a loop the optimiser has never
    // seen run makes it discard the compiled kernel at the end of each call.)
    const r1 = r0 + 1 < rows ? r0 + 1 : last;
    const r2 = r0 + 2 < rows ? r0 + 2 : last;
    const r3 = r0 + 3 < rows ? r0 + 3 : last;
    let a0 = init ? init[r0]! : 0;
    let a1 = init ? init[r1]! : 0;
    let a2 = init ? init[r2]! : 0;
    let a3 = init ? init[r3]! : 0;
    const o0 = r0 * cols;
    const o1 = r1 * cols;
    const o2 = r2 * cols;
    const o3 = r3 * cols;
    for (let j = 0; j < cols; j++) {
      const vj = v[vOff + j]!;
      a0 += m[o0 + j]! * vj;
      a1 += m[o1 + j]! * vj;
      a2 += m[o2 + j]! * vj;
      a3 += m[o3 + j]! * vj;
    }
    out[outOff + r0] = a0;
    out[outOff + r1] = a1;
    out[outOff + r2] = a2;
    out[outOff + r3] = a3;
  }
}

/** rows x cols row-major -> cols x rows row-major. */
export function transpose(m: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++) out[j * rows + r] = m[r * cols + j]!;
  return out;
}
