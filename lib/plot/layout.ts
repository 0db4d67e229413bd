import { plainLabel } from "@/lib/content/math";
import { scaleLinear, scaleLog } from "@visx/scale";
import type { Panel, SeriesPoint } from "../sim/scenario-types";
import { estimateTextWidth, formatNumber, formatPow10 } from "./format";

/*
 * Geometry of one panel, computed without React so the SVG, the hover readout and the tests
 * all agree on where things are.
 */

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 360;
export const FONT_SIZE = 12;
const LEGEND_ROW = 18;
const LEGEND_SWATCH = 24;
const CAPTION_LINE = 16;
/** Never show more decade ticks than this; a 1e-300..1e300 range would otherwise print 600. */
const MAX_LOG_TICKS = 8;
/** 10^-307 is the smallest power of ten that is still a normal float64. */
const MIN_LOG_EXPONENT = -307;
const MAX_LOG_EXPONENT = 308;
/** Decade strides a reader can count in: 10⁰, 10⁵⁰, 10¹⁰⁰ rather than 10²³, 10⁴⁶. */
const NICE_STRIDES = [1, 2, 3, 5, 10, 20, 25, 50, 100];

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
  legend: LegendItem[];
  /** Every distinct x in the panel, ascending: the stops of the hover readout. */
  xs: number[];
  /** False when no point can be drawn (e.g. every value overflowed on a log axis). */
  hasData: boolean;
  captionTop: number;
}

export function isPlottable(point: SeriesPoint, log: boolean): point is { x: number; y: number } {
  return point.y !== null && Number.isFinite(point.y) && (!log || point.y > 0);
}

function extent(values: number[]): [number, number] | null {
  if (values.length === 0) return null;
  return [Math.min(...values), Math.max(...values)];
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

/**
 * Whole decades around the data, thinned to at most MAX_LOG_TICKS labelled powers of ten. The
 * stride is aligned to multiples of itself so that 10⁰ is a tick whenever it is in range.
 */
export function logTicks(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const clampExp = (e: number) => Math.min(MAX_LOG_EXPONENT, Math.max(MIN_LOG_EXPONENT, e));
  let lo = clampExp(Math.floor(Math.log10(min)));
  let hi = clampExp(Math.ceil(Math.log10(max)));
  if (hi <= lo) hi = lo + 1;
  const wanted = Math.ceil((hi - lo) / MAX_LOG_TICKS);
  const stride = NICE_STRIDES.find((n) => n >= wanted) ?? wanted;
  lo = clampExp(Math.floor(lo / stride) * stride);
  hi = clampExp(Math.ceil(hi / stride) * stride);
  const ticks: number[] = [];
  for (let e = Math.ceil(lo / stride) * stride; e <= hi; e += stride) ticks.push(Number(`1e${e}`));
  return { domain: [Number(`1e${lo}`), Number(`1e${hi}`)], ticks };
}

function layoutLegend(panel: Panel, left: number, maxWidth: number): LegendItem[] {
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  panel.series.forEach((s, seriesIndex) => {
    // Series names may carry sub- and superscripts ("x_{l+1}"): the legend shows them as Unicode.
    const label = plainLabel(s.label);
    const w = LEGEND_SWATCH + 6 + estimateTextWidth(label, FONT_SIZE) + 16;
    if (x > 0 && x + w > maxWidth) {
      row += 1;
      x = 0;
    }
    items.push({ seriesIndex, label, x: left + x, y: 8 + row * LEGEND_ROW });
    x += w;
  });
  return items;
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Lines of caption text drawn under the plot (already wrapped). */
  captionLines?: number;
}

export function computePanelLayout(panel: Panel, options: LayoutOptions = {}): PanelLayout {
  const width = options.width ?? DEFAULT_WIDTH;
  const plotHeight = options.height ?? DEFAULT_HEIGHT;
  const log = panel.yScale === "log";
  const left = log ? 76 : 72;
  const right = 24;
  const legend = layoutLegend(panel, left, width - left - right);
  const legendRows = legend.length === 0 ? 0 : (legend.at(-1)?.y ?? 8) / LEGEND_ROW + 1;
  const margin = { top: 14 + legendRows * LEGEND_ROW, right, bottom: 52, left };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = Math.max(40, plotHeight - margin.top - margin.bottom);

  const x = scaleLinear<number>({ domain: xDomain(panel), range: [0, innerWidth], nice: true });
  const ys = yValues(panel, log);
  let yScale: LinearScale | LogScale;
  let yTicks: number[];
  let formatYTick: (y: number) => string;
  if (log) {
    const [min, max] = extent(ys) ?? [0.1, 10];
    const { domain, ticks } = logTicks(min, max);
    yScale = scaleLog<number>({ domain, range: [innerHeight, 0], clamp: true });
    yTicks = ticks;
    formatYTick = (y) => formatPow10(Math.log10(y));
  } else {
    const [min, max] = extent(ys) ?? [0, 1];
    const domain: [number, number] = min === max ? [min - 1, max + 1] : [min, max];
    const scale = scaleLinear<number>({ domain, range: [innerHeight, 0], nice: true });
    yScale = scale;
    yTicks = scale.ticks(6);
    formatYTick = formatNumber;
  }

  const xs = [...new Set(panel.series.flatMap((s) => s.points.map((p) => p.x)))]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const captionLines = options.captionLines ?? 0;
  const captionTop = margin.top + innerHeight + margin.bottom;
  return {
    width,
    height: captionTop + (captionLines > 0 ? captionLines * CAPTION_LINE + 8 : 0),
    margin,
    innerWidth,
    innerHeight,
    xScale: x,
    yScale,
    // Steps are whole numbers: a tick at step 2.5 would suggest a value that does not exist.
    xTicks: x
      .ticks(Math.max(2, Math.floor(innerWidth / 80)))
      .filter((t) => !xs.every(Number.isInteger) || Number.isInteger(t)),
    yTicks,
    formatYTick,
    legend,
    xs,
    hasData: ys.length > 0,
    captionTop,
  };
}

export const CAPTION_LINE_HEIGHT = CAPTION_LINE;

/** The x in `xs` nearest to a data-space x (for pointer hover). */
export function nearestIndex(xs: number[], x: number): number {
  let best = 0;
  xs.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs((xs[best] ?? Infinity) - x)) best = i;
  });
  return best;
}
