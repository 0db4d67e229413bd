import type { ParamValues, ScenarioDefinition, ScenarioResult } from "../scenario-types";

/**
 * The most a server request may spend on one simulation, in the units of
 * ScenarioDefinition.cost (about one multiply-add each). These loops run at roughly 1.5 to 2 ms
 * per million on one core of the machines this was measured on, so 2e7 is about 30 to 40 ms,
 * inside a 50 ms budget; the largest runs the limits allow (the spectral sweep at 200 steps and
 * 32 units: about 6e8, a second) go to the browser. Every scenario's defaults cost under 2e6.
 */
export const SERVER_COST_BUDGET = 20_000_000;

export type BudgetedRun =
  { ok: true; result: ScenarioResult } | { ok: false; cost: number; budget: number };

/** Runs the scenario only when its estimated cost fits the server's budget. */
export function runWithinBudget(
  def: ScenarioDefinition,
  values: ParamValues,
  budget = SERVER_COST_BUDGET,
): BudgetedRun {
  const cost = def.cost(values);
  return cost <= budget ? { ok: true, result: def.run(values) } : { ok: false, cost, budget };
}
