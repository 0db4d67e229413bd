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

/** Relative bound on the eigenvalue residual of AᵀA; σ's relative error is about half of it. */
const TOLERANCE = 2e-4;

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
  // Sturm count: how many eigenvalues lie below x (LDLᵀ pivots that come out negative).
  const below = (x: number) => {
    let count = 0;
    let d = 1;
    for (let i = 0; i < k; i++) {
      const b = i > 0 ? beta[i - 1]! : 0;
      d = alpha[i]! - x - (b * b) / d;
      if (d === 0) d = Number.MIN_VALUE;
      if (d < 0) count += 1;
    }
    return count;
  };
  for (let iter = 0; iter < 100 && hi - lo > 1e-13 * Math.max(Math.abs(hi), 1e-300); iter++) {
    const mid = 0.5 * (lo + hi);
    if (below(mid) < k) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Unit eigenvector of the tridiagonal for eigenvalue theta: two steps of inverse iteration. */
function tridiagonalEigenvector(
  alpha: Float64Array,
  beta: Float64Array,
  k: number,
  theta: number,
): Float64Array {
  const shift = theta + 1e-10 * Math.max(Math.abs(theta), 1e-300);
  let x = new Float64Array(k).fill(1);
  const c = new Float64Array(k);
  const y = new Float64Array(k);
  for (let pass = 0; pass < 2; pass++) {
    // Thomas algorithm for (T − shift I) y = x; the shift sits just off theta, so no pivot is 0.
    let denom = alpha[0]! - shift;
    c[0] = k > 1 ? beta[0]! / denom : 0;
    y[0] = x[0]! / denom;
    for (let i = 1; i < k; i++) {
      const b = beta[i - 1]!;
      denom = alpha[i]! - shift - b * c[i - 1]!;
      c[i] = i < k - 1 ? beta[i]! / denom : 0;
      y[i] = (x[i]! - b * y[i - 1]!) / denom;
    }
    for (let i = k - 2; i >= 0; i--) y[i]! -= c[i]! * y[i + 1]!;
    let norm = 0;
    for (let i = 0; i < k; i++) norm += y[i]! * y[i]!;
    norm = Math.sqrt(norm);
    x = y.map((v) => v / norm);
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
  const basis: Float64Array[] = [Float64Array.from(start)];
  const alpha = new Float64Array(steps);
  const beta = new Float64Array(steps);
  const av = new Float64Array(n);
  let theta = 0;
  let k = 0;
  while (k < steps) {
    const q = basis[k]!;
    // w = Aᵀ (A q)
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let c = 0; c < n; c++) s += a[r * n + c]! * q[c]!;
      av[r] = s;
    }
    const w = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const x = av[r]!;
      if (x !== 0) for (let c = 0; c < n; c++) w[c]! += a[r * n + c]! * x;
    }
    let dot = 0;
    for (let c = 0; c < n; c++) dot += q[c]! * w[c]!;
    alpha[k] = dot;
    // Full re-orthogonalisation against every basis vector (the three-term recurrence alone
    // loses orthogonality once a Ritz value converges); one Gram–Schmidt pass suffices at the
    // few dozen steps used here.
    for (let pass = 0; pass < 2; pass++)
      for (let j = 0; j < basis.length; j++) {
        const b = basis[j]!;
        let p = 0;
        for (let c = 0; c < n; c++) p += b[c]! * w[c]!;
        for (let c = 0; c < n; c++) w[c]! -= p * b[c]!;
      }
    k += 1;
    theta = topEigenvalue(alpha, beta, k, theta);
    if (!Number.isFinite(theta)) return theta;
    if (k === 1 && !(theta > 0)) {
      // A q = 0: A is zero, or a caller's start lies in its null space; then retry from ones.
      const ones = 1 / Math.sqrt(n);
      if (q.every((x) => x === ones)) return 0;
      q.fill(ones);
      k = 0;
      continue;
    }
    const residualNorm = normalize(w);
    beta[k - 1] = residualNorm;
    const s = tridiagonalEigenvector(alpha, beta, k, theta);
    const converged = residualNorm * Math.abs(s[k - 1]!) <= TOLERANCE * theta;
    if (converged || residualNorm <= 1e-14 * Math.max(theta, 1e-300) || k === steps) {
      // Ritz vector: the basis combined with the tridiagonal's eigenvector.
      start.fill(0);
      for (let j = 0; j < k; j++) for (let c = 0; c < n; c++) start[c]! += s[j]! * basis[j]![c]!;
      if (normalize(start) === 0) start.fill(1 / Math.sqrt(n));
      break;
    }
    basis.push(w);
  }

  return Math.sqrt(Math.max(theta, 0));
}
