import { createTask } from "@/lib/sim/train";
import type { Panel, ScenarioResult, SeriesPoint } from "@/lib/sim/scenario-types";
import { TRAIN_MODELS } from "./train-protocol";
import type { TrainParams } from "./train-params";
import type { ModelHistory } from "./useTrainer";

/** Points drawn per curve: enough for a smooth line, few enough to redraw ten times a second. */
const MAX_POINTS = 400;

function thin(xs: number[], ys: number[]): SeriesPoint[] {
  const every = Math.max(1, Math.ceil(xs.length / MAX_POINTS));
  const points: SeriesPoint[] = [];
  for (let i = 0; i < xs.length; i += every) {
    const y = ys[i];
    points.push({ x: xs[i] ?? 0, y: y !== undefined && Number.isFinite(y) ? y : null });
  }
  const last = xs.length - 1;
  if (last >= 0 && last % every !== 0) {
    const y = ys[last];
    points.push({ x: xs[last] ?? 0, y: y !== undefined && Number.isFinite(y) ? y : null });
  }
  return points;
}

export function chanceOf(params: TrainParams) {
  const task = createTask(params.task, params.lag);
  return { loss: task.chanceLoss, accuracy: task.chanceAccuracy, solved: task.solved };
}

/**
 * The run so far as a ScenarioResult, so the lab's plot, table and export code draw it: loss
 * and accuracy (means over the last 10 batches) against iteration, and the gradient reaching
 * each step on the latest batch.
 */
export function trainResult(params: TrainParams, history: readonly ModelHistory[]): ScenarioResult {
  const chance = chanceOf(params);
  const label = (id: string) => TRAIN_MODELS.find((m) => m.id === id)?.label ?? id;
  const curve = (pick: (h: ModelHistory) => number[]) =>
    history.map((h) => ({ id: h.id, label: label(h.id), points: thin(h.iterations, pick(h)) }));
  const loss: Panel = {
    id: "loss",
    title: "Loss (mean of the last 10 batches)",
    xLabel: "iteration",
    xUnit: "",
    yLabel: params.task === "adding" ? "mean squared error" : "cross-entropy",
    yUnit: "",
    // Log: an IRNN's first batches can be hundreds of times chance, and "solved" is far below it.
    yScale: "log",
    series: curve((h) => h.losses),
    referenceLines: [{ y: chance.loss, label: "chance" }],
  };
  const accuracy: Panel = {
    id: "accuracy",
    title: "Accuracy (mean of the last 10 batches)",
    xLabel: "iteration",
    xUnit: "",
    yLabel: "accuracy",
    yUnit: "",
    yScale: "linear",
    series: curve((h) => h.accuracies),
    referenceLines: [{ y: chance.accuracy, label: "chance" }],
  };
  const gradient: Panel = {
    id: "gradient",
    title: "Gradient reaching each step (latest batch)",
    xLabel: "step k",
    xUnit: "",
    yLabel: "‖dL/dh_k‖",
    yUnit: "",
    yScale: "log",
    series: history.map((h) => ({
      id: h.id,
      label: label(h.id),
      points: (h.latest?.hiddenGradNorms ?? []).map((y, k) => ({
        x: k,
        y: Number.isFinite(y) && y > 0 ? y : null,
      })),
    })),
  };
  return {
    scenarioId: "train",
    caption: `Four networks trained from seed ${params.seed} on the same batches; the dashed line is chance.`,
    panels: [loss, accuracy, gradient],
  };
}

/** Decade bins for the heat strip: the lowest is "under 10⁻⁹", effectively nothing arrives. */
export const GRAD_LEVELS = [
  "below 1e-9",
  "1e-9 to 1e-6",
  "1e-6 to 1e-3",
  "1e-3 to 0.1",
  "0.1 or more",
];

export function gradLevel(norm: number): number {
  if (!Number.isFinite(norm) || norm < 1e-9) return 0;
  if (norm < 1e-6) return 1;
  if (norm < 1e-3) return 2;
  if (norm < 0.1) return 3;
  return 4;
}
