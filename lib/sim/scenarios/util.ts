/** Small helpers shared by the scenarios: series construction, seeded inputs, formatting. */
import { createRng } from "../rng";
import type { NumberParamDef, Series } from "../scenario-types";

export interface SeriesOptions {
  style?: Series["style"];
  /** Log-scale panel: y <= 0 has no position, so it becomes null (not an overflow). */
  log?: boolean;
}

/** points (xs[i], ys[i]); non-finite y -> null with overflowAt = first such x. */
export function series(
  id: string,
  label: string,
  xs: ArrayLike<number>,
  ys: ArrayLike<number | null>,
  opts: SeriesOptions = {},
): Series {
  const points: Series["points"] = [];
  let overflowAt: number | undefined;
  for (let i = 0; i < ys.length; i++) {
    const x = xs[i]!;
    const y = ys[i];
    const finite = typeof y === "number" && Number.isFinite(y);
    if (!finite && overflowAt === undefined) overflowAt = x;
    points.push({ x, y: finite && !(opts.log && y <= 0) ? y : null });
  }
  const s: Series = { id, label, points };
  if (opts.style) s.style = opts.style;
  if (overflowAt !== undefined) s.overflowAt = overflowAt;
  return s;
}

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** steps x inputSize seeded Gaussian inputs times scale. */
export function gaussianInputs(
  steps: number,
  inputSize: number,
  seed: number,
  scale: number,
): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(steps * inputSize);
  for (let i = 0; i < out.length; i++) out[i] = scale * rng.normal();
  return out;
}

/** Three significant digits for captions; "overflow" for non-finite values. */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "overflow";
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(digitsFor(a))));
}

/**
 * Three significant digits, except beside 1: a factor such as σ(8) = 0.99966 printed as "1"
 * reads as the carousel's exact 1, and its hundredth power (0.967) then looks wrong. Just short
 * of 1 or just past it, two digits beyond the first that differs from 1 are kept.
 */
function digitsFor(a: number): number {
  const gap = Math.abs(a - 1);
  if (gap === 0 || gap >= 5e-3) return 3;
  return Math.min(12, Math.ceil(-Math.log10(gap)) + 2);
}

/** fmt, but an exact 0 from a product that fell below float64's range says so. */
export function fmtSmall(v: number | null | undefined): string {
  return v === 0 ? "0 (underflow)" : fmt(v);
}

export function intParam(
  label: string,
  unit: string,
  meaning: string,
  min: number,
  max: number,
  def: number,
): NumberParamDef {
  return { kind: "number", label, unit, meaning, min, max, step: 1, default: def, integer: true };
}

export function numParam(
  label: string,
  unit: string,
  meaning: string,
  min: number,
  max: number,
  step: number,
  def: number,
): NumberParamDef {
  return { kind: "number", label, unit, meaning, min, max, step, default: def };
}

export const SEED_PARAM = intParam(
  "Seed",
  "",
  "Draws different random weights and inputs; same seed, same plot.",
  0,
  9999,
  1,
);
