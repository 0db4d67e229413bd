/**
 * What the activation does to the per-step factor: each step multiplies the gradient by the
 * activation's derivative, at most γ (1/4 for the sigmoid, 1 for tanh, 1 or 0 for ReLU), so the
 * sigmoid shrinks it fastest.
 */
import { formatCaptionNumber as f } from "@/lib/sim";

const SAYS: Readonly<Record<string, (T: number) => string>> = {
  sigmoid: (T) =>
    `The sigmoid's derivative is at most 1/4 (γ = 0.25, at its midpoint), so each step multiplies the gradient by at most 0.25 times the size of W${Number.isFinite(T) ? `: 0.25^${T} ≈ ${f(0.25 ** T)} if W does not make up for it` : ""}: of sigmoid, tanh and ReLU it shrinks the gradient fastest.`,
  tanh: () =>
    "tanh's derivative is at most 1 (γ = 1, only at 0) and smaller wherever a unit saturates, so every step can only keep or shrink what the weights pass back.",
  relu: () =>
    "ReLU's derivative is exactly 1 where a unit is active and 0 where it is not, so active units pass the gradient back unshrunk and the weights alone set its size.",
  linear: () =>
    "Linear units have derivative 1, so the weights alone set the per-step factor: the gradient grows or shrinks like their size to the power T.",
};

/** One sentence on the activation's part in the per-step factor; "" for an unknown one. */
export function activationRegime(activation: unknown, T: number): string {
  return typeof activation === "string" ? (SAYS[activation]?.(T) ?? "") : "";
}
