import { describe, expect, it } from "vitest";
import { computePanelLayout, formatLogTick, logTicks, referenceLabel } from "@/lib/plot";
import type { Panel } from "@/lib/sim/scenario-types";

const decades = (v: number) => Math.log10(v);

function panel(ys: number[], yScale: "log" | "linear" = "log"): Panel {
  return {
    id: "p",
    title: "t",
    xLabel: "step",
    xUnit: "",
    yLabel: "norm",
    yUnit: "",
    yScale,
    series: [{ id: "a", label: "a", points: ys.map((y, x) => ({ x, y })) }],
  };
}

describe("log axis domain follows the data", () => {
  it("stops about half a decade above data that tops out at 1, never at 10⁵⁰", () => {
    for (const min of [1e-3, 1e-40, 1e-160, 1e-300]) {
      const { domain } = logTicks(min, 1);
      expect(decades(domain[1])).toBeGreaterThan(0);
      expect(decades(domain[1])).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });

  it("leaves at most half a decade below the data, less when a whole decade is near", () => {
    const { domain } = logTicks(3e-7, 1);
    expect(decades(domain[0])).toBeCloseTo(-7, 9);
    const loose = logTicks(1.001e-7, 1).domain[0];
    expect(decades(1.001e-7) - decades(loose)).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(decades(1.001e-7) - decades(loose)).toBeGreaterThan(0.04);
  });

  it("keeps data just above 1 off the frame without a whole extra decade", () => {
    const { domain } = logTicks(1e-20, 1.0000001);
    expect(decades(domain[1])).toBeLessThan(0.6);
    expect(decades(domain[1])).toBeGreaterThan(0.04);
  });

  it("still labels a range narrower than two decades, with 2× and 5× ticks", () => {
    const { ticks, domain } = logTicks(0.5, 0.8);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) {
      expect(t).toBeGreaterThanOrEqual(domain[0]);
      expect(t).toBeLessThanOrEqual(domain[1]);
    }
    expect(ticks.map(formatLogTick)).toEqual(expect.arrayContaining(["0.2", "0.5", "10⁰"]));
  });

  it("uses the data, not a stride, for the panel's scale", () => {
    const layout = computePanelLayout(panel([1, 1e-30, 1e-60, 1e-90]));
    const [lo, hi] = layout.yScale.domain() as [number, number];
    expect(decades(hi)).toBeLessThanOrEqual(0.5);
    expect(decades(lo)).toBeGreaterThanOrEqual(-90.5);
  });
});

describe("tick and reference labels read as a person writes them", () => {
  it("formats log ticks", () => {
    expect(formatLogTick(1e-7)).toBe("10⁻⁷");
    expect(formatLogTick(1)).toBe("10⁰");
    expect(formatLogTick(5e-6)).toBe("5×10⁻⁶");
    expect(formatLogTick(0.2)).toBe("0.2");
  });

  it.each([
    ["0", 0, "0"],
    ["1", 1, "1"],
    ["θ", 5, "θ = 5"],
    ["‖∂L/∂h_T‖ = √16", 4, "‖∂L/∂h_T‖ = 4"],
    ["y = 1", 1, "y = 1"],
    ["‖J‖ = 1 (bound crosses at σ = 1/γ = 2)", 1, "‖J‖ = 1 (bound crosses at σ = 1/γ = 2)"],
    ["x_{l+1}", 0.5, "xₗ₊₁ = 0.5"],
  ])("%s at %d reads %s", (label, y, expected) => {
    expect(referenceLabel(label, y)).toBe(expected);
  });
});

describe("panel layout at phone width", () => {
  it("keeps the y-axis title within the plot height, on at most two lines", () => {
    const long = {
      ...panel([1, 0.1, 0.01]),
      yLabel: "gradient norm of the loss with respect to the hidden state at each earlier step",
    };
    const layout = computePanelLayout(long, { width: 358, height: 300 });
    expect(layout.yLabelLines.length).toBeLessThanOrEqual(2);
    expect(layout.innerWidth).toBeGreaterThan(200);
    expect(layout.margin.left).toBeLessThan(110);
  });
});

describe("the y-axis title fits in the left margin", () => {
  it.each([358, 640])("at %d px, its glyphs stay right of the SVG's left edge", (width) => {
    const layout = computePanelLayout(panel([1, 1e-9, 1e-21]), { width });
    const lines = layout.yLabelLines.length;
    // Baseline distance from the axis, plus later lines, plus the glyphs' height (one em).
    const farEdge = layout.yLabelOffset + (lines - 1) * 15 + 12;
    expect(farEdge).toBeLessThanOrEqual(layout.margin.left);
  });

  it("shortens a legend name that cannot fit, with an ellipsis", () => {
    const long = {
      ...panel([1, 0.1]),
      series: [
        {
          id: "a",
          label: "σ(b_f)^(T−k) reference (gates at their bias) with a much longer explanation",
          points: [{ x: 0, y: 1 }],
        },
      ],
    };
    const [item] = computePanelLayout(long, { width: 358 }).legend;
    expect(item?.label.endsWith("…")).toBe(true);
  });
});

describe("positions the server and the browser agree on", () => {
  // A logarithm may differ in its last bits between two JavaScript engines; the layout keeps
  // positions to a hundredth of a pixel so the server's SVG hydrates without a mismatch.
  const hundredths = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

  it.each(["log", "linear"] as const)("puts every %s tick and point on a hundredth", (scale) => {
    const ys = [0.93, 3.7e-23, 0.0168, 1.7, 41.126397157, 1e-9];
    const layout = computePanelLayout(panel(ys, scale), { width: 613, height: 347 });
    for (const t of layout.yTicks) expect(hundredths(layout.yScale(t) ?? NaN)).toBe(true);
    for (const t of layout.xTicks) expect(hundredths(layout.xScale(t) ?? NaN)).toBe(true);
    for (const [x, y] of ys.entries()) {
      expect(hundredths(layout.xScale(x) ?? NaN)).toBe(true);
      expect(hundredths(layout.yScale(y) ?? NaN)).toBe(true);
    }
  });

  it("still inverts a position to its value for the hover readout", () => {
    const layout = computePanelLayout(panel([1, 2, 3, 4], "linear"), { width: 613 });
    expect(layout.xScale.invert(layout.xScale(2.5) ?? 0)).toBeCloseTo(2.5, 2);
  });
});
