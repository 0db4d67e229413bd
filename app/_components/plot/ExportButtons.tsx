"use client";
import { memo, useState } from "react";
import { toCsv } from "@/lib/plot/csv";
import type { ParamDefs, ParamValues, ScenarioResult } from "@/lib/sim/scenario-types";
import { downloadBlob, svgToPngBlob } from "./download";
import styles from "./plot.module.css";

interface ExportButtonsProps {
  result: ScenarioResult;
  values: ParamValues;
  defs: ParamDefs;
  title: string;
}

type Format = "svg" | "png" | "csv";

/** Downloads of the current plot: the same standalone SVG as the CLI, a PNG of it, and CSV. */
export const ExportButtons = memo(function ExportButtons({
  result,
  values,
  defs,
  title,
}: ExportButtonsProps) {
  const [status, setStatus] = useState("");
  const base = `${result.scenarioId}`;

  async function standaloneSvg(): Promise<string> {
    // Loaded on demand: react-dom/server is large and only needed when someone exports.
    const { renderPlotSvgString } = await import("@/lib/plot/standalone");
    return renderPlotSvgString(result, { params: values, paramDefs: defs, title });
  }

  async function exportAs(format: Format) {
    setStatus(`Preparing ${format.toUpperCase()}…`);
    try {
      if (format === "csv") {
        downloadBlob(new Blob([toCsv(result)], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
      } else if (format === "svg") {
        downloadBlob(new Blob([await standaloneSvg()], { type: "image/svg+xml" }), `${base}.svg`);
      } else {
        downloadBlob(await svgToPngBlob(await standaloneSvg()), `${base}.png`);
      }
      setStatus(`Downloaded ${base}.${format}.`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <div className={styles.exports}>
      <span className={styles.exportLabel}>Download</span>
      {(["svg", "png", "csv"] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="secondary"
          aria-label={`Download ${format.toUpperCase()}`}
          onClick={() => void exportAs(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <span role="status" className={styles.help}>
        {status}
      </span>
    </div>
  );
});
