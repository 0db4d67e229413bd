import type { ParamValues, PartOutput, ScenarioResult } from "@/lib/sim/scenario-types";

/** Messages between useScenarioRunner and scenario.worker.ts. */
export interface RunRequest {
  runId: number;
  scenarioId: string;
  values: ParamValues;
  /** One part of a split run (ScenarioDefinition.split), by index; absent for the whole run. */
  part?: number;
}

export type RunResponse =
  | { runId: number; ok: true; result: ScenarioResult; ms: number }
  | { runId: number; ok: true; part: number; output: PartOutput; ms: number }
  | { runId: number; ok: false; message: string };

/**
 * Above this estimated cost (ScenarioDefinition.cost, ~flops) a run goes to a Web Worker.
 * A laptop core does a few hundred Mflop/s in these plain-JS loops, so 2e6 stays well inside
 * one 16 ms frame; every scenario's default parameters fall below it (tested).
 */
export const WORKER_COST_THRESHOLD = 2e6;
