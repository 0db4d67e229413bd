/**
 * The fused gate kernel: every recurrent cell's hot loop is one matrix-vector product per step
 * forward (all gate pre-activations from one contiguous block [W_ih | W_hh]) and one backward
 * (dh_{t-1} = W_hhᵀ v from a transposed copy, so both passes stream rows).
 *
 * Exactness: `matVec` processes four rows at a time (the vector entry is loaded once for four
 * rows, and the four independent sums overlap in the pipeline), but each row still has ONE
 * accumulator that adds its terms in column order, starting from the bias. A row's result is
 * therefore bit-for-bit the naive loop's `a = b; for j: a += W[r][j] z[j]`; only the schedule
 * changes. (Splitting a row's sum over several accumulators would be faster still for long rows
 * but changes rounding, which the printed oracle values would notice.)
 *
 * Internal to lib/sim (the training library in lib/sim/train builds on it); see README.md.
 */

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
}

/** Packs PyTorch-layout weightIH (rows x I) and weightHH (rows x H); copies, never aliases. */
export function packGateBlock(
  weightIH: Float64Array,
  weightHH: Float64Array,
  rows: number,
  inputSize: number,
  hiddenSize: number,
): GateBlock {
  const I = inputSize;
  const H = hiddenSize;
  const cols = I + H;
  const w = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    w.set(weightIH.subarray(r * I, (r + 1) * I), r * cols);
    w.set(weightHH.subarray(r * H, (r + 1) * H), r * cols + I);
  }
  return { rows, inputSize: I, hiddenSize: H, w, whhT: transpose(weightHH, rows, H) };
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
