/**
 * Activations with their derivatives side by side (TensorFlow Playground's {output, der}).
 * Derivatives are written in terms of the output y, because the backward pass keeps y, not the
 * pre-activation.
 */
export type ActivationName = "tanh" | "sigmoid" | "relu" | "linear";

export interface Activation {
  output: (a: number) => number;
  /** dy/da, written in terms of the output y = output(a) (all four allow it). */
  der: (y: number) => number;
  /** d2y/da2 in terms of y, used by the one-unit curvature analysis (scalar.ts). */
  der2: (y: number) => number;
  /**
   * gamma: a bound on |der| (Pascanu et al. 2013, Sec. 2.1): 1 for tanh, 1/4 for sigmoid.
   * ReLU and linear have gamma = 1.
   */
  gamma: number;
}

export function sigmoid(a: number): number {
  // exp(-a) may overflow to Infinity for a < -709; 1 / (1 + Infinity) = 0 is then the right limit.
  return 1 / (1 + Math.exp(-a));
}

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  tanh: {
    output: Math.tanh,
    der: (y) => 1 - y * y,
    der2: (y) => -2 * y * (1 - y * y),
    gamma: 1,
  },
  sigmoid: {
    output: sigmoid,
    der: (y) => y * (1 - y),
    der2: (y) => y * (1 - y) * (1 - 2 * y),
    gamma: 0.25,
  },
  relu: {
    output: (a) => (a > 0 ? a : 0),
    // y > 0 exactly when a > 0; PyTorch's convention: the derivative at a = 0 is 0.
    der: (y) => (y > 0 ? 1 : 0),
    der2: () => 0,
    gamma: 1,
  },
  linear: {
    output: (a) => a,
    der: () => 1,
    der2: () => 0,
    gamma: 1,
  },
};

export const ACTIVATION_NAMES = ["tanh", "sigmoid", "relu", "linear"] as const;
