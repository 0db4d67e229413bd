/**
 * The largest singular value of a square matrix, for the per-step factor panels: one norm per
 * step of a plot, at up to 64 units, recomputed whenever a slider moves.
 *
 * Lanczos on AᵀA (Golub & Van Loan, Matrix Computations, §10.1), not power iteration: when the
 * top singular values lie close together, as they do for random recurrent matrices (their
 * spectrum has a soft edge), power iteration gains a few digits per dozen rounds and stops short
 * of σ; Lanczos reaches 1e-6 in about as many products as power iteration spends getting nowhere.
 * Each step costs one product with A and one with Aᵀ (2n² multiply-adds each) plus a full
 * re-orthogonalisation against the k earlier vectors (nk), which keeps the basis honest in
 * floating point. The stopping rule is the residual bound ‖AᵀA y − θ y‖ = β_k |s_k|, which bounds
 * |θ − λ| for some eigenvalue λ of AᵀA, so the answer carries a certificate rather than a guess.
 */

import { engineFor } from "./models/kernel";
import { packMatrices, type PackedMatVec } from "./wasm/matvec";

/** Relative bound on the eigenvalue residual of AᵀA; σ's relative error is about half of it. */
const TOLERANCE = 2e-4;

/**
 * Scratch for one matrix size, kept between calls (a panel asks for a hundred norms per slider
 * move): the Lanczos basis and, where the WebAssembly kernel runs, one packed A and one Aᵀ
 * that each call loads its matrix into.
 */
interface Workspace {
  basis: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  av: Float64Array;
  /** The tridiagonal's eigenvector and its solver's scratch. */
  ritz: { x: Float64Array; c: Float64Array; d: Float64Array; y: Float64Array };
  products: { a: PackedMatVec; at: PackedMatVec } | null;
}

const workspaces = new Map<string, Workspace>();

function workspace(n: number): Workspace {
  const engine = engineFor(n * n);
  const key = `${n}:${engine}`;
  let w = workspaces.get(key);
  if (!w) {
    const zeros = new Float64Array(n * n);
    const packed =
      engine === "wasm"
        ? packMatrices([
            { m: zeros, rows: n, cols: n },
            { m: zeros, rows: n, cols: n },
          ])
        : null;
    w = {
      basis: new Float64Array((n + 1) * n),
      alpha: new Float64Array(n),
      beta: new Float64Array(n),
      av: new Float64Array(n),
      ritz: {
        x: new Float64Array(n),
        c: new Float64Array(n),
        d: new Float64Array(n),
        y: new Float64Array(n),
      },
      products: packed ? { a: packed[0]!, at: packed[1]! } : null,
    };
    workspaces.set(key, w);
  }
  return w;
}

/** Largest eigenvalue of the symmetric tridiagonal (alpha[0..k), beta[0..k-1)), by bisection. */
function topEigenvalue(
  alpha: Float64Array,
  beta: Float64Array,
  k: number,
  atLeast: number,
): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < k; i++) {
    const radius = (i > 0 ? Math.abs(beta[i - 1]!) : 0) + (i < k - 1 ? Math.abs(beta[i]!) : 0);
    lo = Math.min(lo, alpha[i]! - radius);
    hi = Math.max(hi, alpha[i]! + radius);
  }
  // Cauchy interlacing: the top Ritz value never decreases as the basis grows.
  lo = Math.max(lo, atLeast);
  // Sturm count: the eigenvalues below x are the LDLᵀ pivots that come out negative, so all k
  // lie below x exactly when every pivot is negative; the first pivot that is not settles it.
  const allBelow = (x: number) => {
    let d = 1;
    for (let i = 0; i < k; i++) {
      const b = i > 0 ? beta[i - 1]! : 0;
      d = alpha[i]! - x - (b * b) / d;
      if (d === 0) d = Number.MIN_VALUE;
      if (!(d < 0)) return false;
    }
    return true;
  };
  for (let iter = 0; iter < 100 && hi - lo > 1e-13 * Math.max(Math.abs(hi), 1e-300); iter++) {
    const mid = 0.5 * (lo + hi);
    if (allBelow(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Unit eigenvector of the tridiagonal for eigenvalue theta, written into `x`: two steps of
 * inverse iteration. Both solve with the same matrix, so its elimination (the Thomas
 * algorithm's multipliers c and pivots d) is done once; `c`, `d`, `y` are scratch of length k.
 */
function tridiagonalEigenvector(
  alpha: Float64Array,
  beta: Float64Array,
  k: number,
  theta: number,
  { x, c, d, y }: { x: Float64Array; c: Float64Array; d: Float64Array; y: Float64Array },
): Float64Array {
  const shift = theta + 1e-10 * Math.max(Math.abs(theta), 1e-300);
  // (T − shift I) = L U; the shift sits just off theta, so no pivot is 0.
  d[0] = alpha[0]! - shift;
  c[0] = k > 1 ? beta[0]! / d[0] : 0;
  for (let i = 1; i < k; i++) {
    d[i] = alpha[i]! - shift - beta[i - 1]! * c[i - 1]!;
    c[i] = i < k - 1 ? beta[i]! / d[i]! : 0;
  }
  x.fill(1, 0, k);
  for (let pass = 0; pass < 2; pass++) {
    y[0] = x[0]! / d[0];
    for (let i = 1; i < k; i++) y[i] = (x[i]! - beta[i - 1]! * y[i - 1]!) / d[i]!;
    for (let i = k - 2; i >= 0; i--) y[i]! -= c[i]! * y[i + 1]!;
    let norm = 0;
    for (let i = 0; i < k; i++) norm += y[i]! * y[i]!;
    norm = Math.sqrt(norm);
    for (let i = 0; i < k; i++) x[i] = y[i]! / norm;
  }
  return x;
}

function normalize(v: Float64Array): number {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return norm;
}

/**
 * out = A q for an n x n row-major A: four rows per pass (q[c] is loaded once for the four),
 * each row still ONE sum in column order from 0, so every entry is bit for bit the plain loop's.
 */
function multiply(a: Float64Array, n: number, q: Float64Array, qOff: number, out: Float64Array) {
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const o0 = r * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let c = 0; c < n; c++) {
      const v = q[qOff + c]!;
      s0 += a[o0 + c]! * v;
      s1 += a[o1 + c]! * v;
      s2 += a[o2 + c]! * v;
      s3 += a[o3 + c]! * v;
    }
    out[r] = s0;
    out[r + 1] = s1;
    out[r + 2] = s2;
    out[r + 3] = s3;
  }
  for (; r < n; r++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += a[r * n + c]! * q[qOff + c]!;
    out[r] = s;
  }
}

/**
 * w[wOff ..] = Aᵀ x, accumulated row by row of A in row order (w[c] += A[r, c] x[r], rows with
 * x[r] = 0 skipped, so an infinite entry times 0 never makes a NaN). Four rows per pass when
 * none of their x is 0: w[c] is then read and written once per four terms, added in the same
 * order, so the sums are bit for bit the row-by-row loop's.
 */
function multiplyTransposed(
  a: Float64Array,
  n: number,
  x: Float64Array,
  w: Float64Array,
  wOff: number,
) {
  w.fill(0, wOff, wOff + n);
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const x0 = x[r]!;
    const x1 = x[r + 1]!;
    const x2 = x[r + 2]!;
    const x3 = x[r + 3]!;
    if (x0 === 0 || x1 === 0 || x2 === 0 || x3 === 0) {
      for (let k = r; k < r + 4; k++) addRow(a, n, k, x[k]!, w, wOff);
      continue;
    }
    const o0 = r * n;
    const o1 = o0 + n;
    const o2 = o1 + n;
    const o3 = o2 + n;
    for (let c = 0; c < n; c++) {
      w[wOff + c] =
        w[wOff + c]! + a[o0 + c]! * x0 + a[o1 + c]! * x1 + a[o2 + c]! * x2 + a[o3 + c]! * x3;
    }
  }
  for (; r < n; r++) addRow(a, n, r, x[r]!, w, wOff);
}

/** x · 0 is 0 for every finite x and NaN for ±∞ and NaN: one branch-free pass. */
function allFinite(a: Float64Array, length: number): boolean {
  let zero = 0;
  for (let i = 0; i < length; i++) zero += a[i]! * 0;
  return zero === 0;
}

function addRow(a: Float64Array, n: number, r: number, x: number, w: Float64Array, wOff: number) {
  if (x === 0) return;
  const o = r * n;
  for (let c = 0; c < n; c++) w[wOff + c]! += a[o + c]! * x;
}

/**
 * Full re-orthogonalisation of w (at wOff) against the first m rows of the basis, twice over
 * (modified Gram–Schmidt: w −= (b_j · w) b_j for j = 0..m−1, then once more; the three-term
 * recurrence alone loses orthogonality once a Ritz value converges, and a second pass makes up
 * for what the first loses in floating point). Each subtraction of one vector is fused with the
 * dot product of the next against the w it leaves, so w is read once per vector, not twice;
 * every sum still runs in index order, the same arithmetic as the two loops one after the other.
 */
function reorthogonalize(basis: Float64Array, n: number, m: number, wOff: number) {
  let p = 0;
  for (let c = 0; c < n; c++) p += basis[c]! * basis[wOff + c]!;
  const last = 2 * m - 1;
  for (let j = 0; j <= last; j++) {
    const bOff = (j % m) * n;
    if (j === last) {
      for (let c = 0; c < n; c++) basis[wOff + c]! -= p * basis[bOff + c]!;
      break;
    }
    const nextOff = ((j + 1) % m) * n;
    let next = 0;
    for (let c = 0; c < n; c++) {
      const v = basis[wOff + c]! - p * basis[bOff + c]!;
      basis[wOff + c] = v;
      next += basis[nextOff + c]! * v;
    }
    p = next;
  }
}

/**
 * σ_max(A) for an n x n row-major matrix. `start` (length n, any non-zero vector; default all
 * ones) seeds the iteration and receives the top right singular vector's estimate, so a caller
 * walking through similar matrices (consecutive steps' Jacobians) can pass one vector along.
 */
export function topSingularValue(
  a: Float64Array,
  n: number,
  maxSteps = Math.min(n, 40),
  start: Float64Array = new Float64Array(n).fill(1),
): number {
  if (start.length !== n)
    throw new RangeError(`topSingularValue: start must have length ${n}, got ${start.length}`);
  if (normalize(start) === 0 || !start.every(Number.isFinite)) start.fill(1 / Math.sqrt(n));
  const steps = Math.max(1, Math.min(maxSteps, n));
  // The Lanczos vectors, one row each (row k + 1 receives the next while row k is in use).
  const { basis, alpha, beta, av, ritz, products } = workspace(n);
  basis.set(start);
  // The kernel adds every term, the TS loop skips rows where (A q)[r] = 0: the same sums while
  // A is finite (a finite entry times 0 adds a zero), not when ∞ · 0 would make a NaN.
  const packed = products && allFinite(a, n * n) ? products : null;
  if (packed) {
    packed.a.load(a);
    packed.at.load(a, true);
  }
  let theta = 0;
  let k = 0;
  while (k < steps) {
    const qOff = k * n;
    const wOff = qOff + n;
    // w = Aᵀ (A q)
    if (packed) {
      packed.a.apply(basis, qOff, null, av, 0);
      packed.at.apply(av, 0, null, basis, wOff);
    } else {
      multiply(a, n, basis, qOff, av);
      multiplyTransposed(a, n, av, basis, wOff);
    }
    let dot = 0;
    for (let c = 0; c < n; c++) dot += basis[qOff + c]! * basis[wOff + c]!;
    alpha[k] = dot;
    reorthogonalize(basis, n, k + 1, wOff);
    k += 1;
    theta = topEigenvalue(alpha, beta, k, theta);
    if (!Number.isFinite(theta)) return theta;
    if (k === 1 && !(theta > 0)) {
      // A q = 0: A is zero, or a caller's start lies in its null space; then retry from ones.
      const ones = 1 / Math.sqrt(n);
      let allOnes = true;
      for (let c = 0; c < n; c++) allOnes &&= basis[c] === ones;
      if (allOnes) return 0;
      basis.fill(ones, 0, n);
      k = 0;
      continue;
    }
    const w = basis.subarray(wOff, wOff + n);
    const residualNorm = normalize(w);
    beta[k - 1] = residualNorm;
    const s = tridiagonalEigenvector(alpha, beta, k, theta, ritz);
    const converged = residualNorm * Math.abs(s[k - 1]!) <= TOLERANCE * theta;
    if (converged || residualNorm <= 1e-14 * Math.max(theta, 1e-300) || k === steps) {
      // Ritz vector: the basis combined with the tridiagonal's eigenvector.
      start.fill(0);
      for (let j = 0; j < k; j++)
        for (let c = 0; c < n; c++) start[c]! += s[j]! * basis[j * n + c]!;
      if (normalize(start) === 0) start.fill(1 / Math.sqrt(n));
      break;
    }
  }

  return Math.sqrt(Math.max(theta, 0));
}
