import type { ScenarioResult } from "../sim/scenario-types";

/*
 * CSV of a result: one row per distinct x (across all panels), one column per series per
 * panel, headed "panelId:seriesId". Nulls and non-finite values are empty cells, so
 * spreadsheets read them as missing rather than as 0. Numbers keep full float64 precision.
 */

function quote(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(result: ScenarioResult): string {
  const columns = result.panels.flatMap((panel) =>
    panel.series.map((series) => ({
      header: `${panel.id}:${series.id}`,
      byX: new Map(series.points.map((p) => [p.x, p.y])),
    })),
  );
  const xs = [...new Set(columns.flatMap((c) => [...c.byX.keys()]))].sort((a, b) => a - b);
  const header = ["x", ...columns.map((c) => c.header)].map(quote).join(",");
  const rows = xs.map((x) =>
    [
      String(x),
      ...columns.map((c) => {
        const y = c.byX.get(x);
        return y === undefined || y === null || !Number.isFinite(y) ? "" : String(y);
      }),
    ].join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}
