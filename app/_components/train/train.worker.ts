import { createTrainer, type Progress, type Trainer } from "@/lib/sim/train";
import {
  POST_INTERVAL_MS,
  TRAIN_MODELS,
  type ModelUpdate,
  type TrainRequest,
  type TrainResponse,
  type TrainModelId,
} from "./train-protocol";
import { TrainParamsSchema, type TrainParams } from "./train-params";
import { configureZodWithoutEval } from "@/lib/http/zod-without-eval";

// A worker does not run instrumentation-client.ts; its scripts' policy forbids eval too.
configureZodWithoutEval();

/*
 * Trains the four models side by side: one iteration of each in turn, so they progress
 * together. Work runs in slices of a few tens of milliseconds with a macrotask between them,
 * which lets a "pause" message in; the page resets by terminating this worker.
 */

interface Run {
  id: TrainModelId;
  trainer: Trainer;
  last: Progress | null;
  points: number[];
}

const SLICE_MS = 40;
let runs: Run[] | null = null;
let running = false;
let lastPost = 0;

function respond(message: TrainResponse): void {
  self.postMessage(message);
}

function create(params: TrainParams): Run[] {
  return TRAIN_MODELS.map(({ id }) => ({
    id,
    trainer: createTrainer({
      task: params.task,
      lag: params.lag,
      hidden: params.hidden,
      lr: params.lr,
      seed: params.seed,
      iterations: params.iterations,
      // Only the LSTM has a forget gate; the spec ignores the bias for the others.
      forgetBias: params.forgetBias,
      model: id,
    }),
    last: null,
    points: [],
  }));
}

function post(): void {
  if (!runs) return;
  const models: ModelUpdate[] = runs.map((r) => {
    const update: ModelUpdate = {
      id: r.id,
      iteration: r.last?.iteration ?? 0,
      recentLoss: r.last?.recentLoss ?? Number.NaN,
      recentAccuracy: r.last?.recentAccuracy ?? Number.NaN,
      solvedAt: r.last?.solvedAt ?? null,
      done: r.last?.done ?? false,
      points: r.points,
      hiddenGradNorms: r.last ? Array.from(r.last.hiddenGradNorms) : [],
    };
    r.points = [];
    return update;
  });
  lastPost = performance.now();
  respond({ type: "progress", running, models });
}

function slice(): void {
  if (!running || !runs) return;
  const end = performance.now() + SLICE_MS;
  let active = true;
  while (active && performance.now() < end) {
    active = false;
    for (const r of runs) {
      if (r.last?.done) continue;
      const p = r.trainer.step();
      r.last = p;
      r.points.push(p.iteration, p.recentLoss, p.recentAccuracy);
      active = true;
    }
  }
  if (!active) running = false;
  if (!running || performance.now() - lastPost >= POST_INTERVAL_MS) post();
  if (running) setTimeout(slice, 0);
}

self.addEventListener("message", (event: MessageEvent<TrainRequest>) => {
  const data = event.data;
  if (data.type === "pause") {
    running = false;
    post();
    return;
  }
  try {
    if (!runs) runs = create(TrainParamsSchema.parse(data.params));
    if (running) return;
    running = true;
    slice();
  } catch (error) {
    running = false;
    respond({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
