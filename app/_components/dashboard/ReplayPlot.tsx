import Link from "next/link";
import { getScenario, parseScenarioParams } from "@/lib/sim";
import { FittedPlot } from "../plot/FittedPlot";

interface ReplayPlotProps {
  scenarioId: string;
  params: Record<string, number | string>;
  href: string;
}

/**
 * Re-runs the question's simulation with the learner's drawn parameters and draws it on the
 * server: the same plot the learner saw after answering. Parameters that no longer parse (the
 * scenario changed since) are reported instead of drawn.
 */
export function ReplayPlot({ scenarioId, params, href }: ReplayPlotProps) {
  const scenario = getScenario(scenarioId);
  if (!scenario) return <p role="alert">The simulation {scenarioId} no longer exists.</p>;
  let values;
  try {
    values = parseScenarioParams(scenario, params);
  } catch (error) {
    return (
      <p role="alert">
        These parameters no longer fit {scenario.title}:{" "}
        {error instanceof Error ? error.message : ""}
      </p>
    );
  }
  const result = scenario.run(values);
  return (
    <div data-testid="replay-plot">
      {result.panels.map((_, i) => (
        <FittedPlot
          key={i}
          result={result}
          panelIndex={i}
          params={values}
          paramDefs={scenario.params}
          idPrefix={`replay-${i}`}
        />
      ))}
      <p>
        <Link href={href}>Open this run in the simulation lab</Link>
      </p>
    </div>
  );
}
