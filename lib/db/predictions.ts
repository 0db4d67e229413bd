import "server-only";
import type { Db } from "./prisma";

/** A row of train_predictions as stored: the JSON columns are text (parsed by lib/services). */
export interface StoredTrainPrediction {
  id: string;
  task: string;
  lag: number;
  hidden: number;
  lr: number;
  seed: number;
  forgetBias: number;
  iterations: number;
  predicted: string;
  outcome: string | null;
  createdAt: Date;
}

export interface NewTrainPrediction {
  task: string;
  lag: number;
  hidden: number;
  lr: number;
  seed: number;
  forgetBias: number;
  iterations: number;
  /** JSON array of model ids. */
  predicted: string;
  createdAt: Date;
}

const columns = {
  id: true,
  task: true,
  lag: true,
  hidden: true,
  lr: true,
  seed: true,
  forgetBias: true,
  iterations: true,
  predicted: true,
  outcome: true,
  createdAt: true,
} as const;

export function insertTrainPrediction(
  db: Db,
  userId: string,
  row: NewTrainPrediction,
): Promise<StoredTrainPrediction> {
  return db.trainPrediction.create({ data: { userId, ...row }, select: columns });
}

/**
 * Sets the outcome of one of the user's predictions. Null when the id is not theirs (or does
 * not exist), so a stranger's id answers like a missing one.
 */
export async function setTrainPredictionOutcome(
  db: Db,
  userId: string,
  id: string,
  outcome: string,
  at: Date,
): Promise<StoredTrainPrediction | null> {
  const { count } = await db.trainPrediction.updateMany({
    where: { id, userId },
    data: { outcome, outcomeAt: at },
  });
  if (count === 0) return null;
  return db.trainPrediction.findUnique({ where: { id }, select: columns });
}

/** The user's predictions, newest first. */
export function trainPredictionsOf(
  db: Db,
  userId: string,
  limit: number,
): Promise<StoredTrainPrediction[]> {
  return db.trainPrediction.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: columns,
  });
}
