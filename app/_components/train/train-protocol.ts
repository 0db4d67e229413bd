import type { TrainParams } from "./train-params";

/** The four cells trained side by side, in the order they are drawn. */
export const TRAIN_MODELS = [
  { id: "rnn", label: "RNN (tanh)" },
  { id: "irnn", label: "IRNN (ReLU)" },
  { id: "lstm", label: "LSTM" },
  { id: "gru", label: "GRU" },
] as const;
export type TrainModelId = (typeof TRAIN_MODELS)[number]["id"];

/** Messages from the page to train.worker.ts. */
export type TrainRequest = { type: "start"; params: TrainParams } | { type: "pause" };

/** One model's state at a post, with the iterations it ran since the previous post. */
export interface ModelUpdate {
  id: TrainModelId;
  iteration: number;
  /** Mean over the last 10 batches. */
  recentLoss: number;
  recentAccuracy: number;
  solvedAt: number | null;
  done: boolean;
  /** iteration, recent loss, recent accuracy: three numbers per new iteration. */
  points: number[];
  /** ||dL/dh_k|| for k = 0..T on the latest batch. */
  hiddenGradNorms: number[];
}

export type TrainResponse =
  | { type: "progress"; running: boolean; models: ModelUpdate[] }
  | { type: "error"; message: string };

/** The worker posts at most this often, so the page redraws calmly and never queues up. */
export const POST_INTERVAL_MS = 100;
