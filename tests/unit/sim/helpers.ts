/** Shared helpers for the sim tests. */
import { expect } from "vitest";

export function expectRel(actual: number | null | undefined, expected: number, tol: number): void {
  expect(actual).not.toBeNull();
  expect(actual).not.toBeUndefined();
  const a = actual as number;
  const err = Math.abs(a - expected) / Math.max(Math.abs(expected), 1e-300);
  if (!(err <= tol)) {
    throw new Error(
      `expected ${expected}, got ${a} (relative error ${err.toExponential(3)} > ${tol})`,
    );
  }
}

export const zeros = (r: number, c: number): number[][] =>
  Array.from({ length: r }, () => new Array<number>(c).fill(0));

export const toRows = (m: Float64Array, rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, (_, r) => Array.from(m.subarray(r * cols, (r + 1) * cols)));

/**
 * An oracle figure as printed in lib/sim/README.md, e.g. "0.0195799567": the value must round to it, i.e.
 * lie within half a unit of its last printed digit (plus float64 noise).
 */
export function expectPrinted(actual: number | null | undefined, printed: string): void {
  expect(typeof actual).toBe("number");
  const a = actual as number;
  const p = Number(printed);
  const mantissa = printed.toLowerCase().split("e")[0]!;
  const exp = Number(printed.toLowerCase().split("e")[1] ?? 0);
  const decimals = mantissa.includes(".") ? mantissa.split(".")[1]!.length : 0;
  const halfUnit = 0.5 * 10 ** (exp - decimals);
  if (!(Math.abs(a - p) <= halfUnit * (1 + 1e-9) + Math.abs(p) * 1e-15)) {
    throw new Error(
      `expected ${a} to round to the printed oracle ${printed} (|diff| ${Math.abs(a - p)} > ${halfUnit})`,
    );
  }
}
