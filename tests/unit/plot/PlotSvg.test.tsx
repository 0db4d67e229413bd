// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { logTicks, PlotSvg } from "@/lib/plot";
import { linearResult, logResult } from "./fixtures";
import { attrValue, tagsWith, textsBetween } from "./svg-helpers";

const render = (el: React.ReactElement) => renderToString(el);

describe("PlotSvg on the server", () => {
  const log = render(
    <PlotSvg result={logResult} params={{ forgetBias: 1, steps: 100 }} idPrefix="t" />,
  );

  it("renders a labelled, described SVG image", () => {
    expect(log).toMatch(/^<svg[^>]*role="img"/);
    expect(log).toContain('aria-labelledby="t-title"');
    expect(log).toContain('aria-describedby="t-desc"');
    expect(log).toContain('<title id="t-title">Gradient norm against distance</title>');
    expect(log).toMatch(/<desc id="t-desc">[^<]*logarithmic axis[^<]*overflows at steps back 70/);
    expect(log).toContain('viewBox="0 0 640 ');
    expect(log).toContain('width="100%"');
  });

  it("draws one path per series, each with a non-empty d", () => {
    const paths = tagsWith(log, "path", 'data-series-id="');
    expect(paths.map((p) => attrValue(p, "data-series-id"))).toEqual(["lstm", "rnn", "bound"]);
    for (const p of paths) expect(attrValue(p, "d")).toMatch(/^M/);
  });

  it("breaks a line at nulls and at non-positive values on a log axis", () => {
    const rnn = tagsWith(log, "path", 'data-series-id="rnn"')[0] ?? "";
    // 0, 10, 20 | y=0 at 30 skipped | 40, 50, 60 | nulls from 70.
    expect(attrValue(rnn, "d")?.match(/M/g)).toHaveLength(2);
    expect(attrValue(rnn, "d")).not.toContain("NaN");
  });

  it("labels the log axis with powers of ten only", () => {
    const labels = textsBetween(log, "visx-axis-left", "visx-axis-bottom");
    const ticks = labels.filter((l) => !l.includes("log scale"));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const t of ticks) expect(t).toMatch(/^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    expect(ticks).toContain("10⁰");
    // Written as a reader sees it: "_0" becomes a Unicode subscript.
    expect(labels).toContain("‖∂c_T/∂c₀‖ (dimensionless), log scale");
  });

  it("labels the x axis with its unit and numeric ticks", () => {
    const labels = textsBetween(log, "visx-axis-bottom", "plot-caption");
    expect(labels).toContain("steps back (steps)");
    expect(labels).toEqual(expect.arrayContaining(["0", "20", "40", "60", "80", "100"]));
  });

  it("shows a legend entry per series with its dash style", () => {
    const entries = tagsWith(log, "g", "data-legend-for=");
    expect(entries).toHaveLength(3);
    // Series names written with ^ and _ are drawn with Unicode scripts ("η^T" becomes "ηᵀ").
    for (const label of ["LSTM cell path", "tanh RNN", "bound ηᵀ"])
      expect(log).toContain(`>${label}</text>`);
    const legend = log.slice(log.indexOf('data-legend-for="bound"'));
    expect(legend).toMatch(/^[^>]*>\s*<line[^>]*stroke-dasharray="6 4"/);
  });

  it("marks where a series overflowed", () => {
    expect(tagsWith(log, "g", 'data-overflow-for="rnn"')).toHaveLength(1);
    expect(log).toContain("tanh RNN: overflow at steps back 70");
  });

  it("draws reference lines dashed, with their label", () => {
    const ref = log.slice(log.indexOf("plot-reference"));
    expect(ref).toMatch(/^[^>]*>\s*<line[^>]*stroke-dasharray="6 4"/);
    expect(log).toContain(">y = 1</text>");
  });

  it("captions the mode and the parameters", () => {
    const caption = textsBetween(log, "plot-caption", "</svg>").join(" ");
    expect(caption).toContain("Mode: full BPTT.");
    expect(caption).toContain("Parameters: forgetBias = 1; steps = 100.");
    expect(caption).toContain("sigmoid(b)^T");
  });

  it("uses theme variables with fallbacks for colours", () => {
    expect(log).toContain("stroke:var(--series-1, #1d4ed8)");
    expect(log).toContain("fill:var(--fg, #14171f)");
  });

  it("moves a cursor to the requested x", () => {
    const withCursor = render(<PlotSvg result={logResult} cursorX={40} idPrefix="c" />);
    expect(withCursor).toContain("plot-cursor");
    // Three series have a drawable value at x = 40, so three cursor dots.
    const cursor = withCursor.slice(withCursor.indexOf("plot-cursor"));
    expect(cursor.slice(0, cursor.indexOf("</g>")).match(/<circle/g)).toHaveLength(3);
    expect(log).not.toContain("plot-cursor");
  });
});

describe("PlotSvg linear panels", () => {
  const lin = render(
    <PlotSvg result={linearResult} panelIndex={0} showCaption={false} idPrefix="l" />,
  );

  it("has linear tick labels and no overflow marker", () => {
    const ticks = textsBetween(lin, "visx-axis-left", "visx-axis-bottom");
    expect(ticks).toEqual(expect.arrayContaining(["0", "4", "8", "12", "16"]));
    expect(lin).not.toContain("data-overflow-for");
    expect(lin).not.toContain("plot-caption");
  });

  it("draws the second panel on request and rejects a missing one", () => {
    expect(render(<PlotSvg result={linearResult} panelIndex={1} />)).toContain("Second panel");
    expect(() => render(<PlotSvg result={linearResult} panelIndex={5} />)).toThrow(/panelIndex 5/);
  });

  it("says so when nothing can be drawn on a log axis", () => {
    const empty = {
      ...logResult,
      panels: [
        {
          ...logResult.panels[0]!,
          series: [{ id: "z", label: "zero", points: [{ x: 0, y: 0 }] }],
          referenceLines: [],
        },
      ],
    };
    expect(render(<PlotSvg result={empty} />)).toContain("No finite positive values");
  });
});

describe("logTicks", () => {
  it("thins a huge range to a few decades within float64", () => {
    const { domain, ticks } = logTicks(1e-320, 1e300);
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(domain[0]).toBeGreaterThan(0);
    for (const t of ticks) expect(Math.log10(t)).toBeCloseTo(Math.round(Math.log10(t)), 9);
  });

  it("covers the data with whole decades", () => {
    expect(logTicks(0.003, 42)).toEqual({
      domain: [1e-3, 100],
      ticks: [1e-3, 1e-2, 0.1, 1, 10, 100],
    });
  });
});
