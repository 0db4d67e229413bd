/**
 * Keys of the questions about training runs. Training takes seconds to minutes, too slow for a
 * request, so the runs are made once (`npm run content -- train-keys`) and stored in
 * train-keys.json with the settings they used; questions read the table. A unit test reruns a
 * few cheap entries with the trainer and checks that every variant a learner can draw is there.
 */
import { z } from "zod";
import { createTask, createTrainer } from "@/lib/sim/train";
import stored from "./train-keys.json";

/** The training lab's defaults, so a learner can rerun any variant on /lab/train. */
export const TRAIN_KEY_SETTINGS = {
  task: "adding",
  hidden: 16,
  lr: 0.01,
  forgetBias: 1,
  batch: 32,
  optimizer: "adam",
  iterations: 2000,
} as const;

/** The variants: every lag × seed × model the questions can draw, read at these iterations. */
export const TRAIN_KEY_GRID = {
  lags: [10, 50],
  seeds: [1, 2, 3],
  models: ["rnn", "lstm"],
  checkpoints: [1000, 1500, 2000],
} as const;

export type TrainKeyModel = (typeof TRAIN_KEY_GRID.models)[number];

const Entry = z.object({
  lag: z.number().int(),
  seed: z.number().int(),
  model: z.enum(TRAIN_KEY_GRID.models),
  /** First iteration (within the budget) at which the solved criterion held, or null. */
  solvedAt: z.number().int().nullable(),
  /** The mean loss of the last 10 batches at each checkpoint iteration, by iteration. */
  recentLoss: z.record(z.string(), z.number()),
});
export type TrainKeyEntry = z.infer<typeof Entry>;

export const TrainKeyTable = z.object({
  settings: z.object({
    task: z.literal(TRAIN_KEY_SETTINGS.task),
    hidden: z.literal(TRAIN_KEY_SETTINGS.hidden),
    lr: z.literal(TRAIN_KEY_SETTINGS.lr),
    forgetBias: z.literal(TRAIN_KEY_SETTINGS.forgetBias),
    batch: z.literal(TRAIN_KEY_SETTINGS.batch),
    optimizer: z.literal(TRAIN_KEY_SETTINGS.optimizer),
    iterations: z.literal(TRAIN_KEY_SETTINGS.iterations),
  }),
  entries: z.array(Entry),
});
export type TrainKeyTable = z.infer<typeof TrainKeyTable>;

/** The adding problem's chance-level loss (always answering 1): 1/6. */
export const ADDING_CHANCE_LOSS = createTask(TRAIN_KEY_SETTINGS.task, 10).chanceLoss;

/** One run of the trainer at the table's settings: what the table stores for this variant. */
export function computeTrainKey(lag: number, seed: number, model: TrainKeyModel): TrainKeyEntry {
  const { batch, optimizer, ...rest } = TRAIN_KEY_SETTINGS;
  const trainer = createTrainer({ ...rest, batch, optimizer, lag, seed, model });
  const recentLoss: Record<string, number> = {};
  const checkpoints = new Set<number>(TRAIN_KEY_GRID.checkpoints);
  let solvedAt: number | null = null;
  for (const p of trainer.run()) {
    if (checkpoints.has(p.iteration)) recentLoss[String(p.iteration)] = p.recentLoss;
    solvedAt = p.solvedAt;
  }
  return { lag, seed, model, solvedAt, recentLoss };
}

/** Every variant of the grid, in the table's order. */
export function trainKeyVariants(): { lag: number; seed: number; model: TrainKeyModel }[] {
  return TRAIN_KEY_GRID.lags.flatMap((lag) =>
    TRAIN_KEY_GRID.seeds.flatMap((seed) =>
      TRAIN_KEY_GRID.models.map((model) => ({ lag, seed, model })),
    ),
  );
}

const table = TrainKeyTable.parse(stored);

/** The stored run of one variant; throws when the table lacks it (the unit test checks the grid). */
export function trainKey(lag: number, seed: number, model: TrainKeyModel): TrainKeyEntry {
  const entry = table.entries.find((e) => e.lag === lag && e.seed === seed && e.model === model);
  if (!entry) throw new Error(`train-keys.json has no run for lag ${lag}, seed ${seed}, ${model}`);
  return entry;
}

/** The stored loss of one variant at a checkpoint iteration. */
export function trainLossAt(entry: TrainKeyEntry, iteration: number): number {
  const loss = entry.recentLoss[String(iteration)];
  if (loss === undefined) throw new Error(`train-keys.json has no loss at iteration ${iteration}`);
  return loss;
}

export const storedTrainKeys = (): TrainKeyTable => table;

/**
 * A predict-plot key's `run` for these questions: the training lab (not a lib/sim scenario),
 * which the quiz links to after the answer instead of drawing a plot.
 */
export const TRAIN_RUN_ID = "train";

/** The lab's parameters for a variant (the names /lab/train reads from its link). */
export const TRAIN_KEY_RUN = {
  task: TRAIN_KEY_SETTINGS.task,
  hidden: TRAIN_KEY_SETTINGS.hidden,
  lr: TRAIN_KEY_SETTINGS.lr,
  forgetBias: TRAIN_KEY_SETTINGS.forgetBias,
} as const;

/** /lab/train with these parameters. */
export function trainLabHref(params: Readonly<Record<string, string | number>>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join("&");
  return `/lab/train?${query}`;
}
