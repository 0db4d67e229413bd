/**
 * The two products every cell spends its time in, over a whole mini-batch at once, with four
 * sequences per pass so each weight loaded from memory serves four multiply-adds:
 *   gateProducts  P (B x R) = bias + Z (B x K) Wᵀ, W row-major R x K (one dot product per entry)
 *   accumulateOuter  dW (R x K) += Dᵀ Z and db += Σ_s D[s]   (the weight gradient of one step)
 * and the transpose used for dZ = D W.
 */

/** P[s*R + r] = bias[r] + Σ_j W[r*K + j] Z[z0 + s*K + j] for s < B, r < R. */
export function gateProducts(
  th: Float64Array,
  wOff: number,
  bOff: number,
  R: number,
  K: number,
  z: Float64Array,
  z0: number,
  B: number,
  out: Float64Array,
): void {
  let s = 0;
  for (; s + 3 < B; s += 4) {
    const za = z0 + s * K;
    const zb = za + K;
    const zc = zb + K;
    const zd = zc + K;
    let r = 0;
    // Two rows at a time: eight accumulators, each loaded weight and input used four or two times.
    for (; r + 1 < R; r += 2) {
      const wo = wOff + r * K;
      const wp = wo + K;
      let a = th[bOff + r]!;
      let b = a;
      let c = a;
      let d = a;
      let e = th[bOff + r + 1]!;
      let f = e;
      let g = e;
      let h = e;
      for (let j = 0; j < K; j++) {
        const w = th[wo + j]!;
        const v = th[wp + j]!;
        const xa = z[za + j]!;
        const xb = z[zb + j]!;
        const xc = z[zc + j]!;
        const xd = z[zd + j]!;
        a += w * xa;
        b += w * xb;
        c += w * xc;
        d += w * xd;
        e += v * xa;
        f += v * xb;
        g += v * xc;
        h += v * xd;
      }
      out[s * R + r] = a;
      out[(s + 1) * R + r] = b;
      out[(s + 2) * R + r] = c;
      out[(s + 3) * R + r] = d;
      out[s * R + r + 1] = e;
      out[(s + 1) * R + r + 1] = f;
      out[(s + 2) * R + r + 1] = g;
      out[(s + 3) * R + r + 1] = h;
    }
    for (; r < R; r++) {
      const wo = wOff + r * K;
      let a = th[bOff + r]!;
      let b = a;
      let c = a;
      let d = a;
      for (let j = 0; j < K; j++) {
        const w = th[wo + j]!;
        a += w * z[za + j]!;
        b += w * z[zb + j]!;
        c += w * z[zc + j]!;
        d += w * z[zd + j]!;
      }
      out[s * R + r] = a;
      out[(s + 1) * R + r] = b;
      out[(s + 2) * R + r] = c;
      out[(s + 3) * R + r] = d;
    }
  }
  for (; s < B; s++) {
    const za = z0 + s * K;
    for (let r = 0; r < R; r++) {
      const wo = wOff + r * K;
      let a = th[bOff + r]!;
      for (let j = 0; j < K; j++) a += th[wo + j]! * z[za + j]!;
      out[s * R + r] = a;
    }
  }
}

/** grad[wOff + r*K + j] += Σ_s D[s*R + r] Z[z0 + s*K + j];  grad[bOff + r] += Σ_s D[s*R + r]. */
export function accumulateOuter(
  grad: Float64Array,
  wOff: number,
  bOff: number,
  R: number,
  K: number,
  d: Float64Array,
  z: Float64Array,
  z0: number,
  B: number,
): void {
  for (let r = 0; r < R; r++) {
    const wo = wOff + r * K;
    let db = 0;
    let s = 0;
    for (; s + 3 < B; s += 4) {
      const ga = d[s * R + r]!;
      const gb = d[(s + 1) * R + r]!;
      const gc = d[(s + 2) * R + r]!;
      const gd = d[(s + 3) * R + r]!;
      db += ga + gb + gc + gd;
      const za = z0 + s * K;
      const zb = za + K;
      const zc = zb + K;
      const zd = zc + K;
      for (let j = 0; j < K; j++)
        grad[wo + j] =
          grad[wo + j]! + ga * z[za + j]! + gb * z[zb + j]! + gc * z[zc + j]! + gd * z[zd + j]!;
    }
    for (; s < B; s++) {
      const g = d[s * R + r]!;
      db += g;
      const za = z0 + s * K;
      for (let j = 0; j < K; j++) grad[wo + j] = grad[wo + j]! + g * z[za + j]!;
    }
    grad[bOff + r] = grad[bOff + r]! + db;
  }
}

/** out (K x R) = Wᵀ for W = th[wOff ..] row-major R x K. */
export function transposeInto(
  th: Float64Array,
  wOff: number,
  R: number,
  K: number,
  out: Float64Array,
): void {
  for (let r = 0; r < R; r++) for (let j = 0; j < K; j++) out[j * R + r] = th[wOff + r * K + j]!;
}

/**
 * out[o0 + s*H + j] = Σ_r WT[(c0 + j)*R + r] D[s*R + r] for j < H: the hidden part (columns
 * c0..c0+H of W) of dZ = D W, as dot products over contiguous rows of Wᵀ.
 */
export function backProducts(
  wT: Float64Array,
  c0: number,
  R: number,
  H: number,
  d: Float64Array,
  B: number,
  out: Float64Array,
): void {
  let s = 0;
  for (; s + 3 < B; s += 4) {
    const da = s * R;
    const db = da + R;
    const dc = db + R;
    const dd = dc + R;
    for (let j = 0; j < H; j++) {
      const wo = (c0 + j) * R;
      let a = 0;
      let b = 0;
      let c = 0;
      let e = 0;
      for (let r = 0; r < R; r++) {
        const w = wT[wo + r]!;
        a += w * d[da + r]!;
        b += w * d[db + r]!;
        c += w * d[dc + r]!;
        e += w * d[dd + r]!;
      }
      out[s * H + j] = a;
      out[(s + 1) * H + j] = b;
      out[(s + 2) * H + j] = c;
      out[(s + 3) * H + j] = e;
    }
  }
  for (; s < B; s++) {
    for (let j = 0; j < H; j++) {
      const wo = (c0 + j) * R;
      let a = 0;
      for (let r = 0; r < R; r++) a += wT[wo + r]! * d[s * R + r]!;
      out[s * H + j] = a;
    }
  }
}
