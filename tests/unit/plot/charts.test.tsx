// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  BarChart,
  barLayout,
  DARK_PALETTE,
  fitLabel,
  Heatmap,
  heatmapLayout,
  LIGHT_PALETTE,
  LineChart,
  measureText,
  MIN_FONT_SIZE,
  type BarDatum,
} from "@/lib/plot";
import { attrValue, tagsWith } from "./svg-helpers";

const FS = 12;
const LONG = "What problem does the LSTM solve, and why did plain recurrent networks fail?";
const bars: BarDatum[] = [
  { label: LONG, value: 0.72, valueText: "72% (n = 14)" },
  { label: "Why does the LSTM solve vanishing gradients?", value: 1, valueText: "100% (n = 9)" },
  { label: "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", value: 0, valueText: "0%" },
];

describe("fitLabel", () => {
  it.each([10, 40, 120, 300])("never exceeds %d px", (max) => {
    for (const text of [LONG, "WWWWWWWWWWWW", "iiiiiiiiiiii", "‖∂L/∂h_T‖"]) {
      const fitted = fitLabel(text, max, FS);
      expect(measureText(fitted, FS)).toBeLessThanOrEqual(max);
      if (fitted !== text && fitted !== "") expect(fitted.endsWith("…")).toBe(true);
    }
  });

  it("keeps a label that fits, and keeps its start when it shortens one", () => {
    expect(fitLabel("Tutor", 200, FS)).toBe("Tutor");
    expect(fitLabel(LONG, 120, FS).startsWith("What")).toBe(true);
  });

  it("estimates no narrower than a typical sans-serif (0.5 em per character)", () => {
    expect(measureText("abcdefghij", FS)).toBeGreaterThanOrEqual(10 * 0.5 * FS);
  });
});

describe("bar chart layout keeps every label inside the box", () => {
  it.each([320, 358, 479, 480, 640, 900])("at %d px", (width) => {
    const layout = barLayout(bars, { width, max: 1, axis: "percent" });
    for (const row of layout.rows) {
      const w = measureText(row.label, FS);
      const [from, to] =
        row.labelAnchor === "end" ? [row.labelX - w, row.labelX] : [row.labelX, row.labelX + w];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(layout.width);
      // Labels never overlap their bar.
      if (!layout.stacked) expect(to).toBeLessThanOrEqual(row.barX);
      expect(row.valueX + measureText(row.valueText, FS)).toBeLessThanOrEqual(layout.width);
      expect(row.barX + row.barWidth).toBeLessThanOrEqual(layout.plotRight + 1e-9);
    }
    for (const t of layout.ticks) {
      const w = measureText(t.label, FS);
      const from = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
      expect(from).toBeGreaterThanOrEqual(0);
      expect(from + w).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.stacked).toBe(width < 480);
  });

  it("starts a bar's label with its first letter (no 'Vhat problem…')", () => {
    const layout = barLayout(bars, { width: 640, max: 1, axis: "percent" });
    expect(layout.rows[0]?.label.startsWith("What problem")).toBe(true);
  });

  it("uses whole-number ticks for counts, covering the maximum", () => {
    const layout = barLayout([{ label: "a", value: 7, valueText: "7" }], {
      width: 640,
      max: 7,
      axis: "count",
    });
    const labels = layout.ticks.map((t) => Number(t.label));
    for (const l of labels) expect(Number.isInteger(l)).toBe(true);
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(7);
  });

  it("renders a titled image with every bar and its value", () => {
    const svg = renderToString(
      <BarChart id="b" title="Completion" description="d" data={bars} max={1} axis="percent" />,
    );
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="b-title b-desc"/);
    expect(tagsWith(svg, "g", "data-bar=")).toHaveLength(3);
    expect(svg).toContain("72% (n = 14)");
    expect(svg).toContain(">100%</text>");
  });
});

describe("heatmap", () => {
  const concepts = ["vanishing gradient", "forget gate", "gradient clipping", "GRU update gate"];
  const learners = ["Ada Lovelace", "A learner with a very long display name indeed"];

  it.each([320, 640, 1000])(
    "keeps rotated column titles and row names inside the box at %d px",
    (width) => {
      const l = heatmapLayout(learners, concepts, { width });
      l.columnLabels.forEach((label, j) => {
        const reach = (measureText(label, FS) + FS) * Math.SQRT1_2;
        const anchorX = l.left + j * l.cell + l.cell / 2;
        expect(anchorX + reach).toBeLessThanOrEqual(l.width);
        expect(l.top - 6 - reach).toBeGreaterThanOrEqual(0);
      });
      for (const name of l.rowLabels)
        expect(l.left - 8 - measureText(name, FS)).toBeGreaterThanOrEqual(0);
      expect(l.cell).toBeGreaterThanOrEqual(22);
    },
  );

  it("draws one cell per learner and concept with its level id and a title in words", () => {
    const svg = renderToString(
      <Heatmap
        id="h"
        title="Mastery heatmap"
        description="d"
        rows={learners}
        columns={concepts}
        values={[
          [0, 1, 2, 3],
          [4, 0, 0, 1],
        ]}
        levelLabels={["Not started", "Attempted", "Familiar", "Proficient", "Mastered"]}
        levelIds={["not-started", "attempted", "familiar", "proficient", "mastered"]}
      />,
    );
    const cells = tagsWith(svg, "rect", "data-level=");
    expect(cells).toHaveLength(8);
    expect(cells.filter((c) => attrValue(c, "data-level") === "not-started")).toHaveLength(3);
    expect(svg).toContain("<title>Ada Lovelace, forget gate: Attempted</title>");
    // "Not started" is outlined dashed, so it never reads as the first real level.
    expect(cells[0]).toContain('stroke-dasharray="3 2"');
    expect(cells[1]).not.toContain("stroke-dasharray");
  });
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe("heatmap colours tell neighbouring levels apart in both themes", () => {
  it.each([
    ["light", LIGHT_PALETTE],
    ["dark", DARK_PALETTE],
  ])("%s", (_, palette) => {
    expect(palette.levels).toHaveLength(5);
    for (let i = 1; i < palette.levels.length; i += 1)
      expect(contrast(palette.levels[i] ?? "", palette.levels[i - 1] ?? "")).toBeGreaterThanOrEqual(
        1.5,
      );
    // Not started is the background itself; its dashed outline must stand out (3:1, WCAG 1.4.11).
    expect(palette.levels[0]).toBe(palette.bg);
    expect(contrast(palette.muted, palette.bg)).toBeGreaterThanOrEqual(3);
    // Mastered reads clearly against the page.
    expect(contrast(palette.levels[4] ?? "", palette.bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("line chart", () => {
  it("is a lesson-style plot with day ticks and its legend in the SVG beside the lines", () => {
    const svg = renderToString(
      <LineChart
        id="act"
        title="Answers per day"
        xLabels={["2026-11-28", "2026-11-29", "2026-11-30"]}
        xAxisLabel="day (UTC)"
        yAxisLabel="count"
        series={[
          { name: "Answers", values: [3, 8, 5] },
          { name: "Active learners", values: [2, 4, 3] },
        ]}
        shortLabel={(d) => d.slice(5)}
      />,
    );
    expect(tagsWith(svg, "path", 'data-series-id="')).toHaveLength(2);
    expect(tagsWith(svg, "g", "data-legend-for=")).toHaveLength(2);
    expect(svg).toContain(">11-29</tspan>");
    expect(svg).not.toMatch(/font-size:\s*([0-9](\.\d+)?|10(\.\d+)?)px/);
    expect(MIN_FONT_SIZE).toBe(11);
  });
});

describe("no text below the minimum size", () => {
  it.each([300, 358, 640])("in a lesson plot laid out at %d px", async (width) => {
    const { PlotSvg } = await import("@/lib/plot");
    const { logResult } = await import("./fixtures");
    const svg = renderToString(<PlotSvg result={logResult} width={width} idPrefix="w" />);
    const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
  });
});
