/**
 * Small dense linear algebra on row-major Float64Arrays. Only what the simulations need:
 * overflow-safe norms, an exact-enough spectral norm for small matrices, orthogonal matrices.
 */
import type { Rng } from "./rng";

/** Euclidean norm of v[off .. off+len), scaled by max |v_i| so squares cannot overflow. */
export function norm2(v: Float64Array, off = 0, len = v.length - off): number {
  let scale = 0;
  for (let i = off; i < off + len; i++) {
    const a = Math.abs(v[i]!);
    if (a > scale) scale = a;
    else if (a !== a) return NaN;
  }
  if (scale === 0) return 0;
  if (!Number.isFinite(scale)) return scale;
  let ss = 0;
  for (let i = off; i < off + len; i++) {
    const x = v[i]! / scale;
    ss += x * x;
  }
  return scale * Math.sqrt(ss);
}

/**
 * Largest singular value of the rows x cols matrix A. We form G = AᵀA (after scaling A by its
 * largest entry, so neither overflow nor underflow loses it) and square G repeatedly: after m
 * squarings the unwanted eigenvalues are suppressed by (λ2/λ1)^(2^m), so convergence is
 * doubly exponential and degenerate top eigenvalues (orthogonal A) need no special case.
 * The Rayleigh quotient of G at the dominant column then gives σ² to rounding accuracy.
 * Cost ≈ (m + 1) cols³ flops, m usually < 10; meant for cols ≤ 64.
 */
export function spectralNorm(a: Float64Array, rows: number, cols: number): number {
  let scale = 0;
  for (let i = 0; i < rows * cols; i++) {
    const x = Math.abs(a[i]!);
    if (x !== x) return NaN;
    if (x > scale) scale = x;
  }
  if (scale === 0) return 0;
  if (!Number.isFinite(scale)) return Infinity;
  const n = cols;
  const g = new Float64Array(n * n);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) {
      const ari = a[r * cols + i]! / scale;
      if (ari === 0) continue;
      for (let j = 0; j < n; j++) g[i * n + j]! += ari * (a[r * cols + j]! / scale);
    }
  }
  let m = g.slice();
  let tmp = new Float64Array(n * n);
  let lambda = rayleighAtDominantColumn(g, m, n);
  for (let iter = 0; iter < 64; iter++) {
    matMulSquare(m, m, tmp, n);
    const f = maxAbs(tmp);
    if (f === 0) break;
    for (let i = 0; i < n * n; i++) tmp[i] = tmp[i]! / f;
    [m, tmp] = [tmp, m];
    const next = rayleighAtDominantColumn(g, m, n);
    const done = Math.abs(next - lambda) <= 1e-15 * Math.abs(next);
    lambda = Math.max(lambda, next);
    if (done) break;
  }
  return scale * Math.sqrt(lambda);
}

function rayleighAtDominantColumn(g: Float64Array, m: Float64Array, n: number): number {
  let best = 0;
  let bestNorm = -1;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += m[i * n + j]! * m[i * n + j]!;
    if (s > bestNorm) {
      bestNorm = s;
      best = j;
    }
  }
  if (bestNorm <= 0) return 0;
  let num = 0;
  for (let i = 0; i < n; i++) {
    let gv = 0;
    for (let k = 0; k < n; k++) gv += g[i * n + k]! * m[k * n + best]!;
    num += m[i * n + best]! * gv;
  }
  return num / bestNorm;
}

function matMulSquare(a: Float64Array, b: Float64Array, out: Float64Array, n: number): void {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += aik * b[k * n + j]!;
    }
  }
}

function maxAbs(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s = Math.max(s, Math.abs(v[i]!));
  return s;
}

/**
 * Haar-random n x n orthogonal matrix: modified Gram–Schmidt on a Gaussian matrix with the sign
 * fix Q <- Q diag(sign(R_ii)) (Mezzadri 2007), as torch.nn.init.orthogonal_ does.
 */
export function randomOrthogonal(n: number, rng: Rng): Float64Array {
  for (;;) {
    const cols: Float64Array[] = [];
    for (let j = 0; j < n; j++) {
      const v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = rng.normal();
      cols.push(v);
    }
    if (gramSchmidt(cols)) {
      const q = new Float64Array(n * n);
      cols.forEach((c, j) => c.forEach((x, i) => (q[i * n + j] = x)));
      return q;
    }
    // A numerically dependent Gaussian draw has probability ~0; draw again.
  }
}

/** In-place modified Gram–Schmidt; the R diagonal is positive by construction. */
function gramSchmidt(cols: Float64Array[]): boolean {
  for (let j = 0; j < cols.length; j++) {
    const v = cols[j]!;
    for (let k = 0; k < j; k++) {
      const q = cols[k]!;
      let d = 0;
      for (let i = 0; i < v.length; i++) d += q[i]! * v[i]!;
      for (let i = 0; i < v.length; i++) v[i] = v[i]! - d * q[i]!;
    }
    const nv = norm2(v);
    if (!(nv > 1e-10)) return false;
    for (let i = 0; i < v.length; i++) v[i] = v[i]! / nv;
  }
  return true;
}

export function identity(n: number, scale = 1): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = scale;
  return m;
}

/**
 * Spectral radius ρ(A) of an n x n matrix by Gelfand's formula ρ = lim ||A^k||^(1/k), with
 * k = 2^m by repeated squaring (normalised each time, logs accumulated so nothing overflows).
 * The error factor is (C k^(n-1))^(1/k), negligible at k = 2^40; eigenvalues are not needed.
 * With A^(2^s) = f_0^(2^s) f_1^(2^(s-1)) ... f_s M_s, log ρ = Σ_s log(f_s) / 2^s.
 */
export function spectralRadius(a: Float64Array, n: number, squarings = 40): number {
  let m = a.slice();
  let tmp = new Float64Array(n * n);
  let logScale = 0;
  let k = 1;
  for (let s = 0; s <= squarings; s++) {
    const f = maxAbs(m);
    if (f === 0) return 0;
    for (let i = 0; i < n * n; i++) m[i] = m[i]! / f;
    logScale += Math.log(f) / k;
    if (s === squarings) break;
    matMulSquare(m, m, tmp, n);
    [m, tmp] = [tmp, m];
    k *= 2;
  }
  return Math.exp(logScale);
}
