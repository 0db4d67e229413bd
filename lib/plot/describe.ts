import { plainSubscripts } from "@/lib/content/math";
import type { Panel, ParamDefs, ParamValues, ScenarioResult, Series } from "../sim/scenario-types";
import { formatNumber, formatParams, withUnit } from "./format";

/*
 * Text alternatives: the <desc> of each SVG, the caption, and the hover/keyboard readout.
 * Screen-reader users get the same facts as the picture: range, ends, overflow.
 */

/** "Mode: full BPTT. forget-gate bias = 1; steps = 100. <caption>" */
export function captionText(
  result: ScenarioResult,
  params?: ParamValues,
  defs?: ParamDefs,
): string {
  const parts: string[] = [];
  if (result.mode) parts.push(`Mode: ${result.mode}.`);
  if (params && Object.keys(params).length > 0)
    parts.push(`Parameters: ${formatParams(params, defs)}.`);
  // Captions are written with TeX subscripts (∂c_t/∂c_{t−1}); a reader sees them as the
  // legend shows them (∂cₜ/∂cₜ₋₁), not as braces.
  parts.push(plainSubscripts(result.caption));
  return parts.join(" ");
}

export function describeValue(y: number | null): string {
  return y === null ? "no value (overflow or undefined)" : formatNumber(y);
}

function describeSeries(series: Series, xLabel: string): string {
  const first = series.points[0];
  const last = series.points.at(-1);
  const ends =
    first && last
      ? `from ${describeValue(first.y)} at ${xLabel} ${formatNumber(first.x)} to ${describeValue(last.y)} at ${formatNumber(last.x)}`
      : "no points";
  const overflow =
    series.overflowAt === undefined
      ? ""
      : `; overflows at ${xLabel} ${formatNumber(series.overflowAt)}`;
  return `${series.label}: ${ends}${overflow}`;
}

export function describePanel(panel: Panel): string {
  const scale = panel.yScale === "log" ? "logarithmic" : "linear";
  const axes = `${withUnit(panel.yLabel, panel.yUnit)} on a ${scale} axis against ${withUnit(panel.xLabel, panel.xUnit)}.`;
  const series = panel.series.map((s) => describeSeries(s, panel.xLabel)).join(". ");
  const refs = (panel.referenceLines ?? [])
    .map((r) => `Reference line ${r.label} at ${formatNumber(r.y)}.`)
    .join(" ");
  return [axes, series ? `${series}.` : "", refs].filter(Boolean).join(" ");
}

/** Every series' value at one x, for the readout: "step 12: A = 0.5, B = no value". */
export function readoutAt(panel: Panel, x: number): string {
  const values = panel.series.map((s) => {
    const point = s.points.find((p) => p.x === x);
    const overflowed = s.overflowAt !== undefined && x >= s.overflowAt;
    const text = point ? describeValue(point.y) : "not computed";
    return `${s.label} = ${overflowed && point?.y == null ? "overflow" : text}`;
  });
  return `${panel.xLabel} ${formatNumber(x)}: ${values.join(", ")}`;
}
