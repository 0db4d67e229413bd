"use client";

import { useMemo } from "react";
import { getScenario, parseScenarioParams } from "@/lib/sim";
import { ScenarioLab } from "../plot/ScenarioLab";
import { WORKER_COST_THRESHOLD } from "../plot/worker-protocol";

/** QuestionRunPlot's content: imports the simulation library, so it is loaded on first use. */
export function QuestionRunPlotBody({
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
    // A large run (a tutor "what if") is left to ScenarioLab's worker instead of this thread.
    const cheap = scenario.cost(values) <= WORKER_COST_THRESHOLD;
    return { values, result: cheap ? scenario.run(values) : null };
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
