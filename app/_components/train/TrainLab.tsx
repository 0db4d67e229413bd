"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { DataTable } from "@/app/_components/plot/DataTable";
import { ExportButtons } from "@/app/_components/plot/ExportButtons";
import { ParamControls } from "@/app/_components/plot/ParamControls";
import { plotHeightFor, useBoxWidth } from "@/app/_components/plot/use-box-width";
import plotStyles from "@/app/_components/plot/plot.module.css";
import { PlotSvg } from "@/lib/plot/PlotSvg";
import { formatNumber } from "@/lib/plot/format";
import { GradientStrip } from "./GradientStrip";
import { Predictions } from "./Predictions";
import { usePredictions, type PredictionAccount } from "./usePredictions";
import type { TrainPredictionView } from "@/lib/contracts/predictions";
import { TRAIN_MODELS, type TrainModelId } from "./train-protocol";
import {
  TRAIN_PARAM_DEFS,
  TrainParamsSchema,
  trainParamsToSearch,
  type TrainParams,
} from "./train-params";
import { chanceOf, trainResult } from "./train-result";
import { useTrainer, type ModelHistory, type TrainStatus } from "./useTrainer";
import styles from "./train.module.css";

/** The screen-reader summary is refreshed at most this often while training runs. */
const ANNOUNCE_MS = 5000;

function writeUrl(values: TrainParams) {
  const search = trainParamsToSearch(values);
  if (search === window.location.search) return;
  window.history.replaceState(null, "", `${window.location.pathname}${search}`);
}

function summary(status: TrainStatus, history: readonly ModelHistory[]): string {
  const it = Math.max(0, ...history.map((h) => h.latest?.iteration ?? 0));
  if (status === "idle") return "Not started.";
  const parts = history.map((h) => {
    const label = TRAIN_MODELS.find((m) => m.id === h.id)?.label ?? h.id;
    const solved = h.latest?.solvedAt;
    return solved != null
      ? `${label} solved at ${solved}`
      : `${label} loss ${formatNumber(h.latest?.recentLoss ?? Number.NaN)}`;
  });
  const word = status === "running" ? "Training" : status === "paused" ? "Paused" : "Finished";
  return `${word} at iteration ${it}. ${parts.join("; ")}.`;
}

interface TrainLabProps {
  initialValues: TrainParams;
  account: PredictionAccount;
}

export function TrainLab({ initialValues, account }: TrainLabProps) {
  const [values, setValues] = useState<TrainParams>(initialValues);
  const trainer = useTrainer(values);
  const { history, status, error } = trainer;
  const [predicted, setPredicted] = useState<Set<TrainModelId>>(new Set());
  const predictions = usePredictions(values, account);
  /** The prediction this run will be compared with: set at Start, cleared once recorded. */
  const runPrediction = useRef<TrainPredictionView | null>(null);
  const [announcement, setAnnouncement] = useState("Not started.");
  const lastAnnounce = useRef(0);
  const root = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  const height = plotHeightFor(width);
  useEffect(() => root.current?.setAttribute("data-hydrated", "true"), []);

  const result = useMemo(() => trainResult(values, history), [values, history]);
  const chance = chanceOf(values);
  const started = history.some((h) => h.latest !== null);
  const iteration = Math.max(0, ...history.map((h) => h.latest?.iteration ?? 0));

  useEffect(() => {
    const now = Date.now();
    if (status === "running" && now - lastAnnounce.current < ANNOUNCE_MS) return;
    lastAnnounce.current = now;
    setAnnouncement(summary(status, history));
  }, [status, history]);

  useEffect(() => {
    const prediction = runPrediction.current;
    if (status !== "finished" || !prediction) return;
    runPrediction.current = null;
    const solvedAt = Object.fromEntries(
      history.map((h) => [h.id, h.latest?.solvedAt ?? null]),
    ) as Record<TrainModelId, number | null>;
    void predictions.record(prediction, { iterations: values.iterations, solvedAt });
  }, [status, history, predictions, values.iterations]);

  /** Start commits what is ticked when nothing is committed yet: the prediction comes first. */
  async function start() {
    if (!started) {
      const committed = predictions.current ?? (await predictions.commit([...predicted]));
      if (!committed) return;
      runPrediction.current = committed.outcome ? null : committed;
    }
    trainer.start();
  }

  function reset() {
    runPrediction.current = null;
    trainer.reset();
  }

  function change(name: string, value: number | string) {
    const next = TrainParamsSchema.safeParse({ ...values, [name]: value });
    if (!next.success) return;
    reset();
    setValues(next.data);
    writeUrl(next.data);
  }

  return (
    <div ref={root} className={plotStyles.labHost} data-status={status}>
      <div className={plotStyles.lab}>
        <ParamControls defs={TRAIN_PARAM_DEFS} values={{ ...values }} onChange={change} />
        <div className={styles.main}>
          <Predictions
            lag={values.lag}
            draft={predicted}
            onChange={setPredicted}
            committed={predictions.current}
            onCommit={() => void predictions.commit([...predicted])}
            onPredictAgain={() => {
              reset();
              predictions.clear();
            }}
            started={started}
            running={status === "running"}
            signedIn={account.signedIn}
            error={predictions.error}
            history={history}
          />
          <div className={styles.buttons}>
            <button
              type="button"
              onClick={() => void start()}
              disabled={status === "running" || status === "finished"}
            >
              {started ? "Resume" : "Start"}
            </button>
            <button type="button" onClick={trainer.pause} disabled={status !== "running"}>
              Pause
            </button>
            <button type="button" className="secondary" onClick={reset}>
              Reset
            </button>
            <span data-testid="train-iteration" className={styles.iteration}>
              Iteration {iteration} of {values.iterations}
            </span>
          </div>
          <p
            role="status"
            aria-live="polite"
            className="visually-hidden"
            data-testid="train-announce"
          >
            {announcement}
          </p>
          {error && (
            <p role="alert" className="alert">
              Training failed: {error}
            </p>
          )}
          <div
            className={plotStyles.tableScroll}
            role="region"
            aria-label="Training progress"
            tabIndex={0}
          >
            <table className={plotStyles.table} data-testid="train-readout">
              <caption>
                Progress (chance loss {formatNumber(chance.loss)}; solved when{" "}
                {chance.solved.description})
              </caption>
              <thead>
                <tr>
                  <th scope="col">model</th>
                  <th scope="col">iteration</th>
                  <th scope="col">loss</th>
                  <th scope="col">accuracy</th>
                  <th scope="col">solved at</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id} data-model={h.id} data-loss={h.latest?.recentLoss}>
                    <th scope="row">{TRAIN_MODELS.find((m) => m.id === h.id)?.label}</th>
                    <td>{h.latest?.iteration ?? 0}</td>
                    <td>{h.latest ? formatNumber(h.latest.recentLoss) : "—"}</td>
                    <td>{h.latest ? formatNumber(h.latest.recentAccuracy) : "—"}</td>
                    <td data-testid={`solved-${h.id}`}>{h.latest?.solvedAt ?? "not yet"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure className={plotStyles.figure}>
            <div ref={box} className={plotStyles.plotBox} data-testid="train-plots">
              {result.panels.slice(0, 2).map((panel, i) => (
                <PlotSvg
                  key={panel.id}
                  result={result}
                  panelIndex={i}
                  width={width}
                  height={height}
                  showCaption={false}
                  idPrefix={`train-${panel.id}`}
                />
              ))}
            </div>
            <GradientStrip history={history} lag={values.lag} />
            <figcaption className={plotStyles.caption}>{result.caption}</figcaption>
          </figure>
          <ExportButtons
            result={result}
            values={{ ...values }}
            defs={TRAIN_PARAM_DEFS}
            title="Training side by side"
          />
          <DataTable result={result} />
        </div>
      </div>
    </div>
  );
}
