/**
 * Size limits. They exist so no spec can hang a server request or a browser tab: the worst
 * allowed trace costs well under a second on one core (see README, "Limits").
 */
export const LIMITS = {
  maxSteps: 5000,
  maxHiddenSize: 256,
  maxInputSize: 256,
  maxLayers: 200,
  /** Cap on steps * hiddenSize * (hiddenSize + inputSize): the matrix-vector work per trace. */
  maxWork: 40_000_000,
  /** Exact Jacobians (identity propagated back) only for small networks. */
  maxJacobianHiddenSize: 64,
  /** Cap on steps * hiddenSize^3, the cost of propagating H seed vectors back through T steps. */
  maxJacobianWork: 32_000_000,
  /** Largest |value| accepted for any weight, input or state entry. */
  maxAbsValue: 1e6,
} as const;
