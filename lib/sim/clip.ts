/**
 * Gradient clipping by norm, Pascanu, Mikolov & Bengio 2013, Algorithm 1:
 *   if ||g|| >= threshold then g <- threshold * g / ||g||
 * It rescales the whole gradient: it bounds the size of an update but keeps its direction, so it
 * cannot bring back a contribution from distant steps that has already vanished.
 */
import { checkRange } from "./errors";
import { norm2 } from "./linalg";

export interface ClipResult {
  clipped: Float64Array;
  /** ||g|| before clipping. */
  norm: number;
  /** The factor applied (1 when not clipped). */
  scale: number;
  wasClipped: boolean;
}

export function clipByNorm(g: ArrayLike<number>, threshold: number): ClipResult {
  checkRange("threshold", threshold, Number.MIN_VALUE, Number.MAX_VALUE);
  const v = Float64Array.from(g);
  const norm = norm2(v);
  if (!(norm >= threshold)) return { clipped: v, norm, scale: 1, wasClipped: false };
  const scale = threshold / norm;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! * scale;
  return { clipped: v, norm, scale, wasClipped: true };
}
