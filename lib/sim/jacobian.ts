/**
 * Exact Jacobians dh_T/dh_k for every k, by propagating the rows of the identity back through
 * the same backward pass that computes the gradient (one vector-Jacobian product per row:
 * row j of dh_T/dh_k is dh_T[j]/dh_k). Then the spectral norm of each. Cost ≈ H backward passes
 * plus (T+1) spectral norms of H x H matrices, hence the limits in limits.ts.
 */
import { spectralNorm } from "./linalg";

/**
 * backward(j) returns the (T+1) x H adjoints for the seed e_j (it may reuse one buffer).
 * Returns ||J_k||_2 for k = 0..T.
 */
export function jacobianNorms(
  H: number,
  steps: number,
  backward: (j: number) => Float64Array,
): number[] {
  const js = new Float64Array((steps + 1) * H * H);
  for (let j = 0; j < H; j++) {
    const adj = backward(j);
    for (let k = 0; k <= steps; k++) {
      js.set(adj.subarray(k * H, (k + 1) * H), k * H * H + j * H);
    }
  }
  const norms: number[] = [];
  for (let k = 0; k <= steps; k++)
    norms.push(spectralNorm(js.subarray(k * H * H, (k + 1) * H * H), H, H));
  return norms;
}

/** Unit vector e_j of length n, reusing `buf`. */
export function unit(buf: Float64Array, j: number): Float64Array {
  buf.fill(0);
  buf[j] = 1;
  return buf;
}
