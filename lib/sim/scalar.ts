/**
 * One-unit recurrence x_t = act(w x_{t-1} + b) with x_T and its first two derivatives in w,
 * by forward-mode differentiation (tangent and second tangent carried alongside the state).
 * This is the model behind Pascanu et al. 2013's "cliff" (their Fig. 6): the curvature
 * d²x/dw² grows with the gradient, so plain gradient steps overshoot and clipping helps.
 *   a_t   = w x_{t-1} + b
 *   x'_t  = act'(a_t) (x_{t-1} + w x'_{t-1})
 *   x''_t = act''(a_t) (x_{t-1} + w x'_{t-1})² + act'(a_t) (2 x'_{t-1} + w x''_{t-1})
 */
import { ACTIVATIONS, type ActivationName } from "./activations";

export interface ScalarDerivatives {
  x: number;
  dxdw: number;
  d2xdw2: number;
}

export function scalarRecurrence(
  w: number,
  x0: number,
  steps: number,
  activation: ActivationName = "linear",
  b = 0,
): ScalarDerivatives {
  const { output, der, der2 } = ACTIVATIONS[activation];
  let x = x0;
  let dx = 0;
  let d2x = 0;
  for (let t = 0; t < steps; t++) {
    const y = output(w * x + b);
    const s = x + w * dx;
    const d2 = der2(y) * s * s + der(y) * (2 * dx + w * d2x);
    dx = der(y) * s;
    d2x = d2;
    x = y;
  }
  return { x, dxdw: dx, d2xdw2: d2x };
}
