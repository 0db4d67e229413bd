"use client";
import { useEffect, useRef, useState } from "react";
import { captionText } from "@/lib/plot/describe";
import type { ParamDefs, ParamValues, ScenarioResult } from "@/lib/sim/scenario-types";
import { usePublishPlot } from "./current-plot";
import { DataTable } from "./DataTable";
import { ExportButtons } from "./ExportButtons";
import { InteractivePlot } from "./InteractivePlot";
import { ParamControls } from "./ParamControls";
import { useScenarioRunner } from "./useScenarioRunner";
import { writeParamsToUrl } from "./url-state";
import styles from "./plot.module.css";

export interface ScenarioLabViewProps {
  scenarioId: string;
  /** The scenario's title and parameters, from its definition (the page has it already). */
  title: string;
  params: ParamDefs;
  /** Already parsed and validated by the page (parseScenarioParams). */
  initialValues: ParamValues;
  /**
   * Computed on the server so the first paint is the full plot, not a spinner; null when the
   * run is too large for the server's budget, and then computed in a worker here.
   */
  initialResult: ScenarioResult | null;
  /**
   * Keep the parameters in the page's URL (a shareable plot). Off for plots embedded in
   * feedback or chat, which must not overwrite the page's own plot state.
   */
  syncUrl?: boolean;
}

/**
 * The interactive simulation: parameter controls, the plot panels with readouts, caption,
 * exports and a data table. Receives data only (functions cannot cross the server/client
 * boundary), the definition's title and parameters included, so that it does not import the
 * simulation library: the runner loads it to re-run the scenario when a control first moves.
 */
export function ScenarioLabView({
  scenarioId,
  title,
  params: defs,
  initialValues,
  initialResult,
  syncUrl = true,
}: ScenarioLabViewProps) {
  const [values, setValues] = useState<ParamValues>(initialValues);
  const runner = useScenarioRunner(scenarioId, initialResult, initialValues);
  // The page's own plot (not one embedded in feedback or chat) is what the tutor is asked about.
  usePublishPlot(scenarioId, values, syncUrl);
  // Marks the moment the controls respond (tests wait for it instead of sleeping).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.setAttribute("data-hydrated", "true"), []);

  function change(name: string, value: number | string) {
    const next = { ...values, [name]: value };
    setValues(next);
    runner.run(next);
    if (syncUrl) writeParamsToUrl(next, defs);
  }

  const { result, resultValues, pending, error, computeMs } = runner;
  return (
    <div className={styles.labHost}>
      <div ref={root} className={styles.lab}>
        <ParamControls
          defs={defs}
          values={values}
          onChange={change}
          onApproach={() => runner.prepare(values)}
        />
        {/* data-compute-ms: what the plot on screen took to compute, for bench:lab. */}
        <figure
          className={styles.figure}
          aria-busy={pending}
          data-compute-ms={computeMs === null ? undefined : computeMs.toFixed(1)}
        >
          <div className={styles.status}>
            {pending && (
              <>
                <progress aria-label="Computing the simulation" />
                <span>
                  {result
                    ? "Computing in the background… the plot below still shows the previous parameters."
                    : "This run is too large to compute on the server; your browser is computing it…"}
                </span>
              </>
            )}
            {error && (
              <p role="alert" className="alert">
                The simulation failed: {error}
              </p>
            )}
          </div>
          {result && (
            <>
              <div className={pending ? styles.stale : undefined}>
                {result.panels.map((panel, i) => (
                  <InteractivePlot key={panel.id} result={result} panelIndex={i} />
                ))}
              </div>
              <figcaption className={styles.caption} data-testid="plot-caption">
                {captionText(result, resultValues, defs)}
              </figcaption>
            </>
          )}
        </figure>
        {result && (
          <>
            <ExportButtons result={result} values={resultValues} defs={defs} title={title} />
            <DataTable result={result} />
          </>
        )}
      </div>
    </div>
  );
}
