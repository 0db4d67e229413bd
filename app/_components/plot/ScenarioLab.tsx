"use client";
import { getScenario } from "@/lib/sim";
import { ScenarioLabView, type ScenarioLabViewProps } from "./ScenarioLabView";

export type ScenarioLabProps = Omit<ScenarioLabViewProps, "title" | "params">;

/**
 * ScenarioLabView for a scenario looked up by id, where the caller does not have its definition
 * (a question's plot, computed in the browser). Pages pass the definition's data to
 * ScenarioLabView instead, and keep the simulation library out of their first load.
 */
export function ScenarioLab(props: ScenarioLabProps) {
  const definition = getScenario(props.scenarioId);
  if (!definition) return <p role="alert">Unknown scenario “{props.scenarioId}”.</p>;
  return <ScenarioLabView {...props} title={definition.title} params={definition.params} />;
}
