import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatParamList,
  formatPercent,
  formatSeconds,
} from "@/app/_components/ui/format";
import { formatNumber as plotNumber } from "@/lib/plot/format";

describe("formatNumber: numbers for people", () => {
  it("hides float noise", () => {
    expect(formatNumber(0.000010000000000000004)).toBe("1e-5");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1.0000000000000002)).toBe("1");
  });

  it("keeps what matters, with fixed decimals on request", () => {
    expect(formatNumber(12.3456)).toBe("12.35");
    expect(formatNumber(123456)).toBe("1.235e5");
    expect(formatNumber(-0.5)).toBe("-0.5");
    expect(formatNumber(2, { fractionDigits: 1 })).toBe("2.0");
    expect(formatNumber(0.123456, { significant: 6 })).toBe("0.123456");
    expect(formatNumber(null)).toBe("–");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
  });

  it("prints what the plots print", () => {
    for (const x of [0, 1, -1, 0.5, 1e-7, 3.14159, 99999, 1e5, 2.5e-3, 0.0009999, 7e12]) {
      expect(formatNumber(x)).toBe(plotNumber(x));
    }
  });

  it("formats drawn parameters, shares and times", () => {
    expect(formatParamList({ learningRate: 0.000010000000000000004, cell: "lstm" })).toBe(
      "learningRate = 1e-5, cell = lstm",
    );
    expect(formatPercent(0.505)).toBe("51%");
    expect(formatSeconds(4321)).toBe("4.3 s");
    expect(formatSeconds(12_345)).toBe("12 s");
  });
});
