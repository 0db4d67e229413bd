/**
 * The captions' number format: three significant digits, powers of ten outside [1e-3, 1e4),
 * and beside 1 enough digits that a factor just short of 1 is not printed as the exact 1.
 */
import { describe, expect, it } from "vitest";
import { formatCaptionNumber as fmt, sigmoid } from "@/lib/sim";

describe("formatCaptionNumber", () => {
  it.each([
    [0.731058, "0.731"],
    [12.3456, "12.3"],
    [1, "1"],
    [0, "0"],
    [2.5e-5, "2.50e-5"],
    [123456, "1.23e+5"],
    [Infinity, "overflow"],
  ])("%s -> %s", (v, text) => {
    expect(fmt(v)).toBe(text);
  });

  it("keeps the digits that tell a factor beside 1 from 1", () => {
    expect(fmt(sigmoid(8))).toBe("0.999665");
    expect(fmt(1.0004)).toBe("1.0004");
    expect(fmt(-0.9999)).toBe("-0.9999");
    // Far enough from 1 that three digits already show the gap.
    expect(fmt(0.98)).toBe("0.98");
  });

  it("prints a value its reader can raise to a power and check", () => {
    const f = sigmoid(8);
    const shown = Number(fmt(f));
    expect(Math.abs(shown ** 100 - f ** 100) / f ** 100).toBeLessThan(1e-3);
  });
});
