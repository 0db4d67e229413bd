import { fitLabel, measureText } from "../text-fit";

/*
 * Where every bar, label, value and tick of a horizontal bar chart goes, computed without React
 * so the tests can check that nothing leaves the chart's box. Labels sit in a column left of
 * the bars when there is room, and on their own line above each bar on a narrow screen; either
 * way they are shortened to fit, never cut by the edge.
 */

export const BAR_FONT_SIZE = 12;
/** Below this width labels go above their bars. */
export const STACK_BELOW = 480;
const BAR = 18;
const GAP = 10;
const LABEL_LINE = 16;
const AXIS = 28;
const PAD = 6;

export type BarTone = "accent" | "success" | "danger" | "muted";

export interface BarDatum {
  label: string;
  value: number;
  /** How the value is printed beside the bar ("72%", "14"). */
  valueText: string;
  tone?: BarTone;
}

export interface BarRow {
  label: string;
  /** Full label, for the bar's tooltip when the drawn one is shortened. */
  fullLabel: string;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
  barX: number;
  barY: number;
  barWidth: number;
  valueText: string;
  valueX: number;
  tone: BarTone;
}

export interface AxisTick {
  x: number;
  label: string;
  anchor: "start" | "middle" | "end";
}

export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  stacked: boolean;
  rows: BarRow[];
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: AxisTick[];
}

export type BarAxis = "percent" | "count";

function tickValues(axis: BarAxis, max: number): number[] {
  if (axis === "percent") return [0, 0.25, 0.5, 0.75, 1];
  const top = Math.max(1, Math.ceil(max));
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => top / s <= 5) ?? top;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  if ((ticks.at(-1) ?? 0) < top) ticks.push(ticks.length * step);
  return ticks;
}

export function tickText(axis: BarAxis, value: number): string {
  return axis === "percent" ? `${Math.round(value * 100)}%` : String(value);
}

export function barLayout(
  data: readonly BarDatum[],
  options: { width: number; max: number; axis: BarAxis },
): BarLayout {
  const width = Math.max(200, options.width);
  const fs = BAR_FONT_SIZE;
  const stacked = width < STACK_BELOW;
  const longest = Math.max(0, ...data.map((d) => measureText(d.label, fs)));
  const labelColumn = stacked ? 0 : Math.min(longest, width * 0.4);
  const valueColumn = Math.max(0, ...data.map((d) => measureText(d.valueText, fs))) + PAD;
  const plotLeft = stacked ? PAD : PAD + labelColumn + GAP;
  const plotRight = width - PAD - valueColumn;
  const ticks = tickValues(options.axis, options.max);
  const domainMax = ticks.at(-1) ?? 1;
  const x = (v: number) =>
    plotLeft + (Math.max(0, Math.min(v, domainMax)) / domainMax) * (plotRight - plotLeft);
  const rowHeight = BAR + GAP + (stacked ? LABEL_LINE : 0);

  const rows = data.map((d, i): BarRow => {
    const top = PAD + i * rowHeight;
    const barY = top + (stacked ? LABEL_LINE : 0);
    const barWidth = x(d.value) - plotLeft;
    return {
      fullLabel: d.label,
      label: fitLabel(d.label, stacked ? width - 2 * PAD : labelColumn, fs),
      labelX: stacked ? PAD : PAD + labelColumn,
      labelY: stacked ? top + fs : barY + BAR / 2 + fs * 0.35,
      labelAnchor: stacked ? "start" : "end",
      barX: plotLeft,
      barY,
      barWidth,
      valueText: d.valueText,
      valueX: plotLeft + barWidth + PAD,
      tone: d.tone ?? "accent",
    };
  });
  const axisY = PAD + data.length * rowHeight;
  return {
    width,
    height: axisY + AXIS,
    barHeight: BAR,
    stacked,
    rows,
    plotLeft,
    plotRight,
    axisY,
    ticks: ticks.map((v, i) => ({
      x: x(v),
      label: tickText(options.axis, v),
      anchor: i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle",
    })),
  };
}
