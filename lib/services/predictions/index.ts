import "server-only";
import { z } from "zod";
import {
  PredictionModel,
  PredictionOutcome,
  type CommitPredictionInput,
  type PredictionOutcome as Outcome,
  type TrainPredictionView,
} from "@/lib/contracts/predictions";
import { db } from "@/lib/db/client";
import {
  insertTrainPrediction,
  setTrainPredictionOutcome,
  trainPredictionsOf,
  type StoredTrainPrediction,
} from "@/lib/db/predictions";
import { AppError } from "@/lib/errors";
import { MIN_LAG, TASK_IDS } from "@/lib/sim/train";

/** The progress page and the lab read at most this many of a learner's predictions. */
export const PREDICTION_LIST_LIMIT = 100;

const Predicted = z.array(PredictionModel);

function toView(row: StoredTrainPrediction): TrainPredictionView {
  const task = TASK_IDS.find((t) => t === row.task);
  if (!task) throw new Error(`train_predictions ${row.id}: unknown task ${row.task}`);
  return {
    id: row.id,
    settings: {
      task,
      lag: row.lag,
      hidden: row.hidden,
      lr: row.lr,
      seed: row.seed,
      forgetBias: row.forgetBias,
      iterations: row.iterations,
    },
    predicted: Predicted.parse(JSON.parse(row.predicted)),
    outcome: row.outcome === null ? null : PredictionOutcome.parse(JSON.parse(row.outcome)),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Stores a prediction made before running the lab at these settings (a guest's stays on sign-up). */
export async function commitPrediction(
  userId: string,
  input: CommitPredictionInput,
  now = new Date(),
): Promise<TrainPredictionView> {
  const { settings } = input;
  const shortest = MIN_LAG[settings.task];
  if (settings.lag < shortest) {
    const message = `lag must be at least ${shortest} for ${settings.task}`;
    throw new AppError(400, message, { "settings.lag": message });
  }
  const row = await insertTrainPrediction(db(), userId, {
    ...settings,
    predicted: JSON.stringify(input.predicted),
    createdAt: now,
  });
  return toView(row);
}

/** Records what the run showed; a prediction that is not the learner's is a 404. */
export async function recordPredictionOutcome(
  userId: string,
  predictionId: string,
  outcome: Outcome,
  now = new Date(),
): Promise<TrainPredictionView> {
  const row = await setTrainPredictionOutcome(
    db(),
    userId,
    predictionId,
    JSON.stringify(outcome),
    now,
  );
  if (!row)
    throw new AppError(404, "No prediction of yours has this id.", { predictionId: "not found" });
  return toView(row);
}

/** The learner's predictions, newest first. */
export async function predictionsOf(userId: string): Promise<TrainPredictionView[]> {
  return (await trainPredictionsOf(db(), userId, PREDICTION_LIST_LIMIT)).map(toView);
}
