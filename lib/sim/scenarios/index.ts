/** The scenario registry: one per lesson (ids are the lesson ids) plus the teachers' extras. */
import { SimInputError } from "../errors";
import type { ScenarioDefinition, ScenarioResult } from "../scenario-types";
import { parseScenarioParams } from "./define";
import { exploding } from "./exploding";
import { fixVanishing } from "./fix-vanishing";
import { fullVsTruncated } from "./full-vs-truncated";
import { gruVsLstm } from "./gru-vs-lstm";
import { rememberBit } from "./remember-bit";
import { spectralSweep } from "./spectral-sweep";
import { whyLstmSolvesVanishing } from "./why-lstm-solves-vanishing";

const all: ScenarioDefinition[] = [
  whyLstmSolvesVanishing,
  exploding,
  fixVanishing,
  rememberBit,
  fullVsTruncated,
  spectralSweep,
  gruVsLstm,
];

const byId = new Map(all.map((s) => [s.id, s]));

/**
 * Every scenario by id, for iteration. A frozen object without a prototype, so even a plain
 * index such as `scenarios["constructor"]` is undefined; look ids up with `getScenario`.
 */
export const scenarios: Readonly<Record<string, ScenarioDefinition>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, ScenarioDefinition>,
    Object.fromEntries(byId),
  ),
);

/** The one lookup by id (URLs, the CLI, stored answers): only registered ids, never `Object`'s. */
export function getScenario(id: string): ScenarioDefinition | undefined {
  return byId.get(id);
}

/** Validates the params (strings from URLs or the CLI are fine) and runs the scenario. */
export function runScenario(id: string, rawParams: Record<string, unknown> = {}): ScenarioResult {
  const def = getScenario(id);
  if (!def) {
    throw new SimInputError([
      {
        path: "scenario",
        message: `unknown id ${JSON.stringify(id)} (known: ${Object.keys(scenarios).join(", ")})`,
      },
    ]);
  }
  return def.run(parseScenarioParams(def, rawParams));
}
