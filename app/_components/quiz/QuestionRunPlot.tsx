"use client";

import { useMemo } from "react";
import { getScenario, parseScenarioParams } from "@/lib/sim";
import { ScenarioLab } from "../plot/ScenarioLab";

/**
 * The simulation at the question's own parameters, run in the browser once the learner has
 * answered (running it earlier would give the answer away).
 */
export function QuestionRunPlot({
  scenarioId,
  params,
}: {
  scenarioId: string;
  params: Record<string, number | string>;
}) {
  const scenario = getScenario(scenarioId);
  const prepared = useMemo(() => {
    if (!scenario) return null;
    const values = parseScenarioParams(scenario, params);
    return { values, result: scenario.run(values) };
  }, [scenario, params]);
  if (!scenario || !prepared) return null;
  return (
    <ScenarioLab
      scenarioId={scenarioId}
      initialValues={prepared.values}
      initialResult={prepared.result}
      syncUrl={false}
    />
  );
}
