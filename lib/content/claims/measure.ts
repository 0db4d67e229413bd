/** Readings of a scenario result that the claims compare with the lesson's words. */
import { formatCaptionNumber, type ScenarioResult, type Series } from "@/lib/sim";

export function findSeries(r: ScenarioResult, panelId: string, seriesId: string): Series {
  const panel = r.panels.find((p) => p.id === panelId);
  const s = panel?.series.find((q) => q.id === seriesId);
  if (!s) throw new Error(`${r.scenarioId}: no series ${panelId}/${seriesId}`);
  return s;
}

/** y at x, or null (missing, overflowed, or not drawable on a log axis). */
export function yAt(
  r: ScenarioResult,
  panelId: string,
  seriesId: string,
  x: number,
): number | null {
  return findSeries(r, panelId, seriesId).points.find((p) => p.x === x)?.y ?? null;
}

/** y at the first x over y at the last x: the fraction of the gradient kept going back. */
export function kept(r: ScenarioResult, panelId: string, seriesId: string): number | null {
  const pts = findSeries(r, panelId, seriesId).points;
  const first = pts[0]?.y;
  const last = pts[pts.length - 1]?.y;
  if (typeof first !== "number" || typeof last !== "number" || last === 0) return null;
  return first / last;
}

/** null when lo <= v <= hi, else a message naming the quantity. */
export function within(what: string, v: number | null, lo: number, hi: number): string | null {
  if (v === null || !(v >= lo && v <= hi))
    return `${what} is ${String(v)}, expected [${lo}, ${hi}]`;
  return null;
}

/** null when the caption prints v in the shared caption format, else a message. */
export function captionShows(r: ScenarioResult, what: string, v: number | null): string | null {
  const text = formatCaptionNumber(v);
  return r.caption.includes(text) ? null : `caption does not show ${what} = ${text}: ${r.caption}`;
}

/** The first failing check, or null. */
export function all(...results: (string | null)[]): string | null {
  return results.find((m) => m !== null) ?? null;
}
