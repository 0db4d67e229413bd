/** The scenario registry: one per lesson (ids from SCIENCE.md) plus the teachers' extras. */
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

export const scenarios: Record<string, ScenarioDefinition> = Object.fromEntries(
  all.map((s) => [s.id, s]),
);

export function getScenario(id: string): ScenarioDefinition | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
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
