/**
 * Deep feed-forward stacks, plain x_{l+1} = act(W_l x_l + b_l) or residual
 * x_{l+1} = x_l + act(W_l x_l + b_l). He et al. 2016 (Identity Mappings): the residual Jacobian
 * is I + J_F, so dE/dx_l carries dE/dx_L unchanged plus correction terms, instead of a product
 * of possibly small factors.
 */
import { ACTIVATIONS, type ActivationName } from "../activations";
import { checkInt } from "../errors";
import { LIMITS } from "../limits";

export interface FeedForwardStack {
  width: number;
  layers: number;
  activation: ActivationName;
  residual: boolean;
  /** layers x width x width */
  weights: Float64Array;
  /** layers x width */
  biases: Float64Array;
}

/** (L+1) x width activations x_0 .. x_L. */
export function ffForward(s: FeedForwardStack, x0: Float64Array): Float64Array {
  checkInt("layers", s.layers, 0, LIMITS.maxLayers);
  checkInt("width", s.width, 1, LIMITS.maxHiddenSize);
  const n = s.width;
  const act = ACTIVATIONS[s.activation].output;
  const x = new Float64Array((s.layers + 1) * n);
  x.set(x0.subarray(0, n));
  for (let l = 0; l < s.layers; l++) {
    const wo = l * n * n;
    for (let r = 0; r < n; r++) {
      let a = s.biases[l * n + r]!;
      for (let j = 0; j < n; j++) a += s.weights[wo + r * n + j]! * x[l * n + j]!;
      const y = act(a);
      x[(l + 1) * n + r] = s.residual ? x[l * n + r]! + y : y;
    }
  }
  return x;
}

/** dL/dx_l for l = 0..L from a seed dL/dx_L, as (L+1) x width. */
export function ffBackward(s: FeedForwardStack, x: Float64Array, seed: Float64Array): Float64Array {
  const n = s.width;
  const { der, output } = ACTIVATIONS[s.activation];
  const dx = new Float64Array((s.layers + 1) * n);
  const delta = new Float64Array(n);
  dx.set(seed.subarray(0, n), s.layers * n);
  for (let l = s.layers - 1; l >= 0; l--) {
    const wo = l * n * n;
    for (let r = 0; r < n; r++) {
      // The branch output y = act(a); residual stacks store x_l + y, so recompute y.
      const y = s.residual ? branchOutput(s, x, l, r, output) : x[(l + 1) * n + r]!;
      delta[r] = dx[(l + 1) * n + r]! * der(y);
    }
    for (let j = 0; j < n; j++) dx[l * n + j] = s.residual ? dx[(l + 1) * n + j]! : 0;
    for (let r = 0; r < n; r++) {
      const d = delta[r]!;
      if (d === 0) continue;
      for (let j = 0; j < n; j++) dx[l * n + j]! += d * s.weights[wo + r * n + j]!;
    }
  }
  return dx;
}

/** Recomputes act(W_l x_l + b_l)_r exactly (x_{l+1} - x_l loses bits when x_l is large). */
function branchOutput(
  s: FeedForwardStack,
  x: Float64Array,
  l: number,
  r: number,
  act: (a: number) => number,
): number {
  const n = s.width;
  let a = s.biases[l * n + r]!;
  for (let j = 0; j < n; j++) a += s.weights[l * n * n + r * n + j]! * x[l * n + j]!;
  return act(a);
}
