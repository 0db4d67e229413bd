"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  TRAIN_MODELS,
  type ModelUpdate,
  type TrainModelId,
  type TrainRequest,
  type TrainResponse,
} from "./train-protocol";
import type { TrainParams } from "./train-params";

export interface ModelHistory {
  id: TrainModelId;
  iterations: number[];
  losses: number[];
  accuracies: number[];
  latest: ModelUpdate | null;
}

export type TrainStatus = "idle" | "running" | "paused" | "finished";

function emptyHistory(): ModelHistory[] {
  return TRAIN_MODELS.map(({ id }) => ({
    id,
    iterations: [],
    losses: [],
    accuracies: [],
    latest: null,
  }));
}

/** A model's history with the points of one post appended (a new object, for React). */
function append(h: ModelHistory, updates: readonly ModelUpdate[]): ModelHistory {
  const update = updates.find((u) => u.id === h.id);
  if (!update) return h;
  const iterations = h.iterations.slice();
  const losses = h.losses.slice();
  const accuracies = h.accuracies.slice();
  for (let i = 0; i + 2 < update.points.length; i += 3) {
    iterations.push(update.points[i] ?? 0);
    losses.push(update.points[i + 1] ?? Number.NaN);
    accuracies.push(update.points[i + 2] ?? Number.NaN);
  }
  return { id: h.id, iterations, losses, accuracies, latest: update };
}

/**
 * Owns the training worker: Start creates it (or resumes it), Pause asks it to stop between
 * iterations, Reset terminates it and clears the histories.
 */
export function useTrainer(params: TrainParams) {
  const worker = useRef<Worker | null>(null);
  const [history, setHistory] = useState<ModelHistory[]>(emptyHistory);
  const [status, setStatus] = useState<TrainStatus>("idle");
  const [error, setError] = useState<string | null>(null);

  const reset = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setHistory(emptyHistory());
    setStatus("idle");
    setError(null);
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  const receive = useCallback((data: TrainResponse) => {
    if (data.type === "error") {
      setError(data.message);
      setStatus("paused");
      return;
    }
    setHistory((old) => old.map((h) => append(h, data.models)));
    const finished = data.models.every((m) => m.done);
    setStatus(finished ? "finished" : data.running ? "running" : "paused");
  }, []);

  const start = useCallback(() => {
    if (!worker.current) {
      const w = new Worker(new URL("./train.worker.ts", import.meta.url), { type: "module" });
      w.addEventListener("message", (event: MessageEvent<TrainResponse>) => receive(event.data));
      w.addEventListener("error", (event) => {
        setError(event.message || "The training worker failed.");
        setStatus("paused");
      });
      worker.current = w;
    }
    const request: TrainRequest = { type: "start", params };
    worker.current.postMessage(request);
    setStatus("running");
  }, [params, receive]);

  const pause = useCallback(() => {
    const request: TrainRequest = { type: "pause" };
    worker.current?.postMessage(request);
  }, []);

  return { history, status, error, start, pause, reset };
}
