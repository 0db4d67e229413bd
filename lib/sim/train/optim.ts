/**
 * Optimisers with the update rules of tf.train (so the benchmark compares like with like):
 *   momentum  a <- μ a + g;  θ <- θ - lr a
 *   adam      m <- β1 m + (1-β1) g;  v <- β2 v + (1-β2) g²;
 *             θ <- θ - lr m̂ / (√v̂ + ε),  m̂ = m/(1-β1^t), v̂ = v/(1-β2^t)   (Kingma & Ba 2015, Alg. 1)
 * and gradient-norm clipping (Pascanu, Mikolov & Bengio 2013, Alg. 1) in place, on the whole
 * parameter vector.
 */
import { norm2 } from "../linalg";

export type OptimizerName = "adam" | "sgd";

export interface OptimizerSettings {
  name: OptimizerName;
  learningRate: number;
  /** sgd: μ (0 = plain SGD). */
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export interface Optimizer {
  /** θ <- update(θ, g); g is left unchanged. */
  step(theta: Float64Array, grad: Float64Array): void;
}

export function createOptimizer(s: OptimizerSettings, size: number): Optimizer {
  const a = new Float64Array(size);
  if (s.name === "sgd") {
    return {
      step(theta, grad) {
        const { learningRate: lr, momentum: mu } = s;
        for (let i = 0; i < size; i++) {
          const ai = mu * a[i]! + grad[i]!;
          a[i] = ai;
          theta[i] = theta[i]! - lr * ai;
        }
      },
    };
  }
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(theta, grad) {
      const { beta1: b1, beta2: b2, epsilon: eps } = s;
      t++;
      const lr = s.learningRate;
      const c1 = 1 / (1 - b1 ** t);
      const c2 = 1 / (1 - b2 ** t);
      for (let i = 0; i < size; i++) {
        const g = grad[i]!;
        const mi = b1 * a[i]! + (1 - b1) * g;
        const vi = b2 * v[i]! + (1 - b2) * g * g;
        a[i] = mi;
        v[i] = vi;
        theta[i] = theta[i]! - (lr * mi * c1) / (Math.sqrt(vi * c2) + eps);
      }
    },
  };
}

/** Rescales g in place when ||g|| >= threshold; returns ||g|| before clipping. */
export function clipGlobalNorm(g: Float64Array, threshold: number): number {
  const n = norm2(g);
  if (n >= threshold && Number.isFinite(n)) {
    const s = threshold / n;
    for (let i = 0; i < g.length; i++) g[i] = g[i]! * s;
  }
  return n;
}
