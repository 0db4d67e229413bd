import { z } from "zod";
import { TRAIN_BOUNDS } from "@/lib/contracts/predictions";
import { MIN_LAG, TASK_IDS, type TaskId } from "@/lib/sim/train";
import type { ParamProblem, SearchParams } from "@/app/_components/plot/search-params";
import type { ParamDefs } from "@/lib/sim/scenario-types";

/*
 * The training page's parameters, as a shared link carries them. Like the lab, a number out of
 * range is clamped to the nearest end, a fraction where a whole number is needed is rounded,
 * and only an unreadable value falls back to the default; every adjustment is reported.
 */

export interface TrainParams {
  task: TaskId;
  lag: number;
  hidden: number;
  lr: number;
  seed: number;
  forgetBias: number;
  iterations: number;
}

interface NumberRange {
  label: string;
  min: number;
  max: number;
  integer: boolean;
}

/**
 * Defaults: the adding problem at lag 50, where the tanh RNN stays at chance and the LSTM
 * (seed 1) solves it at iteration 690; hidden 16 keeps an LSTM iteration near 9 ms of CPU.
 */
export const TRAIN_DEFAULTS: TrainParams = {
  task: "adding",
  lag: 50,
  hidden: 16,
  lr: 0.01,
  seed: 1,
  forgetBias: 1,
  iterations: 2000,
};

/** The bounds are the prediction contract's, so a stored prediction fits the page's parameters. */
export const TRAIN_RANGES: Record<Exclude<keyof TrainParams, "task">, NumberRange> = {
  lag: { label: "lag", ...TRAIN_BOUNDS.lag },
  hidden: { label: "hidden units", ...TRAIN_BOUNDS.hidden },
  lr: { label: "learning rate", ...TRAIN_BOUNDS.lr },
  seed: { label: "seed", ...TRAIN_BOUNDS.seed },
  forgetBias: { label: "forget-gate bias", ...TRAIN_BOUNDS.forgetBias },
  iterations: { label: "iterations", ...TRAIN_BOUNDS.iterations },
};

export const TASK_LABELS: Record<TaskId, string> = {
  adding: "Adding problem",
  "remember-bit": "Remember the first bit",
  "temporal-order": "Temporal order",
};

const numberIn = (r: NumberRange) => {
  const base = z.number().min(r.min).max(r.max);
  return r.integer ? base.int() : base;
};

/** The final word on a parameter set: everything the worker receives passes through it. */
export const TrainParamsSchema = z
  .object({
    task: z.enum(TASK_IDS),
    lag: numberIn(TRAIN_RANGES.lag),
    hidden: numberIn(TRAIN_RANGES.hidden),
    lr: numberIn(TRAIN_RANGES.lr),
    seed: numberIn(TRAIN_RANGES.seed),
    forgetBias: numberIn(TRAIN_RANGES.forgetBias),
    iterations: numberIn(TRAIN_RANGES.iterations),
  })
  .strict()
  .refine((p) => p.lag >= MIN_LAG[p.task], { path: ["lag"], message: "lag too short for task" });

export interface ReadTrainParams {
  values: TrainParams;
  problems: ParamProblem[];
}

const quoted = (text: string) => `"${text.slice(0, 40)}"`;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function readNumber(
  name: keyof typeof TRAIN_RANGES,
  text: string,
  min: number,
): { value: number; note?: string } {
  const r = TRAIN_RANGES[name];
  const fallback = TRAIN_DEFAULTS[name];
  const n = text.trim() === "" ? Number.NaN : Number(text);
  const range = `${r.label} (${name}) must be ${r.integer ? "a whole number" : "a number"} between ${min} and ${r.max}; got ${quoted(text)}`;
  if (!Number.isFinite(n))
    return { value: fallback, note: `${range} (not a number). Showing the default, ${fallback}.` };
  if (n > r.max) return { value: r.max, note: `${range} (above the maximum). Showing ${r.max}.` };
  if (n < min) return { value: min, note: `${range} (below the minimum). Showing ${min}.` };
  if (r.integer && !Number.isInteger(n)) {
    const rounded = Math.round(n);
    return { value: rounded, note: `${range} (not a whole number). Showing ${rounded}.` };
  }
  return { value: n };
}

/** Reads the query string; never throws. */
export function readTrainParams(search: SearchParams): ReadTrainParams {
  const problems: ParamProblem[] = [];
  const values: TrainParams = { ...TRAIN_DEFAULTS };
  const task = first(search.task);
  if (task !== undefined) {
    if ((TASK_IDS as readonly string[]).includes(task)) values.task = task as TaskId;
    else
      problems.push({
        field: "task",
        message: `task must be one of ${TASK_IDS.join(", ")}; got ${quoted(task)}. Showing the default, ${TRAIN_DEFAULTS.task}.`,
      });
  }
  for (const name of Object.keys(TRAIN_RANGES) as (keyof typeof TRAIN_RANGES)[]) {
    const text = first(search[name]);
    // The shortest lag depends on the task (temporal order needs room for its two symbols).
    const min = name === "lag" ? MIN_LAG[values.task] : TRAIN_RANGES[name].min;
    if (text === undefined) {
      if (name === "lag" && values.lag < min) values.lag = min;
      continue;
    }
    const read = readNumber(name, text, Math.max(min, TRAIN_RANGES[name].min));
    values[name] = read.value;
    if (read.note) problems.push({ field: name, message: read.note });
  }
  const parsed = TrainParamsSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, problems };
  return {
    values: { ...TRAIN_DEFAULTS },
    problems: [
      ...problems,
      {
        field: "",
        message: "The parameters in this link could not be read, so the defaults are shown.",
      },
    ],
  };
}

/** The query string for these values: only what differs from the defaults. */
export function trainParamsToSearch(values: TrainParams): string {
  const query = new URLSearchParams();
  for (const name of Object.keys(TRAIN_DEFAULTS) as (keyof TrainParams)[]) {
    if (values[name] !== TRAIN_DEFAULTS[name]) query.set(name, String(values[name]));
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

const STEPS: Record<keyof typeof TRAIN_RANGES, number> = {
  lag: 1,
  hidden: 1,
  lr: 0.0005,
  seed: 1,
  forgetBias: 0.5,
  iterations: 50,
};
const UNITS: Partial<Record<keyof typeof TRAIN_RANGES, string>> = { lag: "steps" };
const MEANINGS: Record<keyof typeof TRAIN_RANGES, string> = {
  lag: "How many steps separate the information from the answer.",
  hidden: "Units in each network's hidden state.",
  lr: "Adam's step size, the same for all four networks.",
  seed: "Initial weights and batches: all four networks see the same data.",
  forgetBias: "The LSTM's forget-gate bias at initialisation; large keeps its memory open.",
  iterations: "Mini-batches of 32 sequences each network trains on.",
};

/** The controls, described as the lab's other simulations are (sliders and a select). */
export const TRAIN_PARAM_DEFS: ParamDefs = {
  task: {
    kind: "choice",
    label: "Task",
    meaning: "What the networks must remember across the lag.",
    options: TASK_IDS.map((id) => ({ value: id, label: TASK_LABELS[id] })),
    default: TRAIN_DEFAULTS.task,
  },
  ...Object.fromEntries(
    (Object.keys(TRAIN_RANGES) as (keyof typeof TRAIN_RANGES)[]).map((name) => {
      const r = TRAIN_RANGES[name];
      return [
        name,
        {
          kind: "number",
          label: r.label[0]!.toUpperCase() + r.label.slice(1),
          unit: UNITS[name] ?? "",
          meaning: MEANINGS[name],
          min: r.min,
          max: r.max,
          step: STEPS[name],
          default: TRAIN_DEFAULTS[name],
          integer: r.integer,
        },
      ];
    }),
  ),
};
