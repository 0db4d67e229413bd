/**
 * The contract between scenarios (lib/sim/scenarios) and everything that draws them
 * (lib/plot, the interactive plot, the CLI, the tutor, quiz questions).
 * Pure types: no runtime code here.
 */

/** A slider-backed numeric parameter. */
export interface NumberParamDef {
  kind: "number";
  label: string;
  /** Unit shown beside the value, e.g. "steps", "" for dimensionless. */
  unit: string;
  /** One line: what moving this does. */
  meaning: string;
  min: number;
  max: number;
  step: number;
  default: number;
  integer?: boolean;
}

/** A select-backed parameter. */
export interface ChoiceParamDef {
  kind: "choice";
  label: string;
  meaning: string;
  options: readonly { value: string; label: string }[];
  default: string;
}

export type ParamDef = NumberParamDef | ChoiceParamDef;
export type ParamDefs = Record<string, ParamDef>;

/** Parameter values as the UI and URL carry them. */
export type ParamValues = Record<string, number | string>;

export interface SeriesPoint {
  x: number;
  /** null where the value overflowed float64 or is undefined (e.g. log of 0). */
  y: number | null;
}

export interface Series {
  id: string;
  label: string;
  points: SeriesPoint[];
  /** Dashed for bounds and references, dotted for secondary quantities. */
  style?: "solid" | "dashed" | "dotted";
  /** First x at which the underlying computation overflowed, if it did. */
  overflowAt?: number;
}

export interface Panel {
  id: string;
  title: string;
  xLabel: string;
  xUnit: string;
  yLabel: string;
  yUnit: string;
  yScale: "linear" | "log";
  series: Series[];
  /** Horizontal reference lines, e.g. the clipping threshold or y = 1. */
  referenceLines?: { y: number; label: string }[];
}

export interface ScenarioResult {
  scenarioId: string;
  /** e.g. "full BPTT" or "1997 truncated gradient"; shown in the caption. */
  mode?: string;
  /** One or two sentences: what the plot shows at these parameters. */
  caption: string;
  panels: Panel[];
}

export interface ScenarioDefinition<P extends ParamDefs = ParamDefs> {
  id: string;
  title: string;
  /** Lesson this scenario belongs to (for the five seed lessons, the lesson id itself). */
  lessonId: string;
  summary: string;
  params: P;
  /** Rough floating-point operation count, so the UI can decide to use a worker. */
  cost(values: ParamValues): number;
  run(values: ParamValues): ScenarioResult;
  /** Present when the run splits into parts that can compute at the same time (ScenarioSplit). */
  split?: ScenarioSplit;
}

/** What a part of a split run hands on: named columns of numbers (or null, as traces give). */
export type PartOutput = Readonly<Record<string, readonly (number | null)[]>>;

/**
 * A run cut into parts that depend on the values only, not on each other, so that two workers
 * can compute them at once: `run(v)` is `combine(v, parts.map((part) => part(v)))`, to the bit.
 * Part outputs are plain arrays, so they cross postMessage unchanged.
 */
export interface ScenarioSplit {
  parts: readonly ((values: ParamValues) => PartOutput)[];
  combine(values: ParamValues, outputs: readonly PartOutput[]): ScenarioResult;
}
