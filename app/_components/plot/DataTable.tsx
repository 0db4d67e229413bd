"use client";
import { memo, useState } from "react";
import { describeValue } from "@/lib/plot/describe";
import { formatNumber, withUnit } from "@/lib/plot/format";
import type { Panel, ScenarioResult } from "@/lib/sim/scenario-types";
import styles from "./plot.module.css";

/**
 * The plot's values as tables, for screen readers and for reading exact numbers. Rows are only
 * rendered while the <details> is open: long runs have thousands of steps.
 */
export const DataTable = memo(function DataTable({ result }: { result: ScenarioResult }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Data table</summary>
      {open && result.panels.map((panel) => <PanelTable key={panel.id} panel={panel} />)}
    </details>
  );
});

function PanelTable({ panel }: { panel: Panel }) {
  const xs = [...new Set(panel.series.flatMap((s) => s.points.map((p) => p.x)))].sort(
    (a, b) => a - b,
  );
  const columns = panel.series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
  return (
    <div
      className={styles.tableScroll}
      role="region"
      aria-label={`${panel.title} values`}
      tabIndex={0}
    >
      <table className={styles.table}>
        <caption>{panel.title}</caption>
        <thead>
          <tr>
            <th scope="col">{withUnit(panel.xLabel, panel.xUnit)}</th>
            {panel.series.map((s) => (
              <th key={s.id} scope="col">
                {withUnit(s.label, panel.yUnit)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x) => (
            <tr key={x}>
              <th scope="row">{formatNumber(x)}</th>
              {columns.map((byX, i) => {
                const y = byX.get(x);
                return (
                  <td key={panel.series[i]?.id ?? i}>{y === undefined ? "—" : describeValue(y)}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
