import { plainLabel } from "@/lib/content/math";
import { scaleLinear, scaleLog } from "@visx/scale";
import type { Panel, SeriesPoint } from "../sim/scenario-types";
import { formatNumber, withUnit } from "./format";
import { formatLogTick, logTicks } from "./log-ticks";
import { fitLabel, measureText, MIN_FONT_SIZE, wrapToWidth } from "./text-fit";

/*
 * Geometry of one panel, computed without React so the SVG, the hover readout and the tests
 * all agree on where things are. Lay a panel out at the width it is drawn at (the interactive
 * plot measures its box) and every font size below is the size on screen.
 */

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 360;
export const FONT_SIZE = 12;
/** Tick labels: small, but never below the plots' minimum. */
export const TICK_FONT_SIZE = Math.max(MIN_FONT_SIZE, 12);
export const CAPTION_LINE_HEIGHT = 16;
const LEGEND_ROW = 18;
export const LEGEND_SWATCH = 24;
const TICK_LENGTH = 8;
const AXIS_LABEL_LINE = 15;

export interface LegendItem {
  seriesIndex: number;
  label: string;
  x: number;
  y: number;
}

export type LinearScale = ReturnType<typeof scaleLinear<number>>;
export type LogScale = ReturnType<typeof scaleLog<number>>;

export interface PanelLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  xScale: LinearScale;
  yScale: LinearScale | LogScale;
  xTicks: number[];
  yTicks: number[];
  formatYTick: (y: number) => string;
  formatX: (x: number) => string;
  /** The y-axis title, one or two lines (rotated text cannot wrap by itself). */
  yLabelLines: string[];
  /** Distance from the y axis to the baseline of the y-axis title's first line. */
  yLabelOffset: number;
  legend: LegendItem[];
  /** Every distinct x in the panel, ascending: the stops of the hover readout. */
  xs: number[];
  /** False when no point can be drawn (e.g. every value overflowed on a log axis). */
  hasData: boolean;
  captionTop: number;
}

export { logTicks };

/**
 * Positions to a hundredth of a pixel. The server and the browser may compute a logarithm that
 * differs in its last bits, and an SVG coordinate that differs there fails hydration; a
 * hundredth of a pixel is far below what a screen can show.
 */
const toHundredth = (a: number, b: number) => (t: number) =>
  Math.round((a + (b - a) * t) * 100) / 100;

export function isPlottable(point: SeriesPoint, log: boolean): point is { x: number; y: number } {
  return point.y !== null && Number.isFinite(point.y) && (!log || point.y > 0);
}

function extent(values: number[]): [number, number] | null {
  if (values.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function xDomain(panel: Panel): [number, number] {
  const xs = panel.series.flatMap((s) => [
    ...s.points.map((p) => p.x),
    ...(s.overflowAt === undefined ? [] : [s.overflowAt]),
  ]);
  const [lo, hi] = extent(xs.filter(Number.isFinite)) ?? [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

function yValues(panel: Panel, log: boolean): number[] {
  const fromSeries = panel.series.flatMap((s) =>
    s.points.filter((p) => isPlottable(p, log)).map((p) => p.y),
  );
  const fromRefs = (panel.referenceLines ?? [])
    .map((r) => r.y)
    .filter((y) => Number.isFinite(y) && (!log || y > 0));
  return [...fromSeries, ...fromRefs];
}

function layoutLegend(panel: Panel, left: number, maxWidth: number): LegendItem[] {
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  const textRoom = maxWidth - LEGEND_SWATCH - 6;
  panel.series.forEach((s, seriesIndex) => {
    // Series names may carry sub- and superscripts ("x_{l+1}"): the legend shows them as Unicode.
    // Shortened with an ellipsis, so a cut name says it is cut; the readout has it in full.
    const label = fitLabel(plainLabel(s.label), textRoom, FONT_SIZE);
    const w = LEGEND_SWATCH + 6 + measureText(label, FONT_SIZE) + 16;
    if (x > 0 && x + w > maxWidth + 16) {
      row += 1;
      x = 0;
    }
    items.push({ seriesIndex, label, x: left + x, y: 8 + row * LEGEND_ROW });
    x += w;
  });
  return items;
}

interface YAxis {
  scale: LinearScale | LogScale;
  ticks: number[];
  format: (y: number) => string;
}

function yAxis(panel: Panel, innerHeight: number, includeY: readonly number[]): YAxis {
  const log = panel.yScale === "log";
  const ys = [...yValues(panel, log), ...includeY.filter((y) => !log || y > 0)];
  if (log) {
    const [min, max] = extent(ys) ?? [0.1, 10];
    const { domain, ticks } = logTicks(min, max);
    return {
      scale: scaleLog<number>({ domain, range: [innerHeight, 0], clamp: true }).interpolate(
        toHundredth,
      ),
      ticks,
      format: formatLogTick,
    };
  }
  const [min, max] = extent(ys) ?? [0, 1];
  const domain: [number, number] = min === max ? [min - 1, max + 1] : [min, max];
  const scale = scaleLinear<number>({ domain, range: [innerHeight, 0], nice: true }).interpolate(
    toHundredth,
  );
  return {
    scale,
    ticks: scale.ticks(Math.max(3, Math.min(6, Math.floor(innerHeight / 40)))),
    format: formatNumber,
  };
}

/** Ticks at whole steps when every x is whole, spaced so their labels cannot touch. */
function xTicksFor(
  scale: LinearScale,
  xs: number[],
  innerWidth: number,
  formatX: (x: number) => string,
): number[] {
  const [lo, hi] = scale.domain() as [number, number];
  const widest = Math.max(
    measureText(formatX(lo), TICK_FONT_SIZE),
    measureText(formatX(hi), TICK_FONT_SIZE),
    ...xs.slice(0, 50).map((x) => measureText(formatX(x), TICK_FONT_SIZE)),
  );
  const count = Math.max(2, Math.floor(innerWidth / (widest + 24)));
  // Steps are whole numbers: a tick at step 2.5 would suggest a value that does not exist.
  return scale.ticks(count).filter((t) => !xs.every(Number.isInteger) || Number.isInteger(t));
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Lines of caption text drawn under the plot (already wrapped). */
  captionLines?: number;
  /** How x ticks are printed (days, names); numbers by default. */
  formatX?: (x: number) => string;
  /** Values the y axis must cover besides the data (0 for counts). */
  includeY?: readonly number[];
}

export function computePanelLayout(panel: Panel, options: LayoutOptions = {}): PanelLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const plotHeight = options.height ?? DEFAULT_HEIGHT;
  const log = panel.yScale === "log";
  const right = 16;
  // First pass with a provisional left margin to size the legend and the plot height.
  const provisionalLeft = 64;
  const legend0 = layoutLegend(panel, provisionalLeft, width - provisionalLeft - right);
  const legendRows = legend0.length === 0 ? 0 : (legend0.at(-1)?.y ?? 8) / LEGEND_ROW + 1;
  const top = 14 + legendRows * LEGEND_ROW;
  const bottom = 52;
  // A legend that wraps onto many rows (a phone) must not squash the plot: it adds height.
  const innerHeight = Math.max(plotHeight - top - bottom, Math.min(220, width * 0.55));

  const y = yAxis(panel, innerHeight, options.includeY ?? []);
  const tickWidth = Math.max(0, ...y.ticks.map((t) => measureText(y.format(t), TICK_FONT_SIZE)));
  const yTitle = `${withUnit(plainLabel(panel.yLabel), panel.yUnit)}${log ? ", log scale" : ""}`;
  const yLabelLines = wrapToWidth(yTitle, innerHeight, FONT_SIZE).slice(0, 2);
  // The rotated title's baseline faces the axis (room for descenders); its glyphs reach about
  // one font size further out, and the margin must hold them all.
  const yLabelOffset = TICK_LENGTH + 4 + tickWidth + 4 + 4;
  const left = Math.ceil(yLabelOffset + (yLabelLines.length - 1) * AXIS_LABEL_LINE + FONT_SIZE + 6);
  const legend = layoutLegend(panel, left, width - left - right);
  const margin = { top, right, bottom, left };
  const innerWidth = Math.max(60, width - left - right);

  const xScale = scaleLinear<number>({
    domain: xDomain(panel),
    range: [0, innerWidth],
    nice: true,
  }).interpolate(toHundredth);
  const xs = [...new Set(panel.series.flatMap((s) => s.points.map((p) => p.x)))]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const captionLines = options.captionLines ?? 0;
  const captionTop = top + innerHeight + bottom;
  return {
    width,
    height: captionTop + (captionLines > 0 ? captionLines * CAPTION_LINE_HEIGHT + 8 : 0),
    margin,
    innerWidth,
    innerHeight,
    xScale,
    yScale: y.scale,
    xTicks: xTicksFor(xScale, xs, innerWidth, options.formatX ?? formatNumber),
    formatX: options.formatX ?? formatNumber,
    yTicks: y.ticks,
    formatYTick: y.format,
    yLabelLines,
    yLabelOffset,
    legend,
    xs,
    hasData: yValues(panel, log).length > 0,
    captionTop,
  };
}

/** The x in `xs` nearest to a data-space x (for pointer hover). */
export function nearestIndex(xs: number[], x: number): number {
  let best = 0;
  xs.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs((xs[best] ?? Infinity) - x)) best = i;
  });
  return best;
}
