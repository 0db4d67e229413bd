import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ParamNotice } from "@/app/_components/plot/ParamNotice";
import { ScenarioLabView } from "@/app/_components/plot/ScenarioLabView";
import { readScenarioParams, type SearchParams } from "@/app/_components/plot/search-params";
import { getScenario, runWithinBudget } from "@/lib/sim";

type Props = {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = getScenario((await params).scenarioId);
  return { title: scenario ? `${scenario.title} · Simulation lab` : "Simulation not found" };
}

/**
 * One scenario: parameters come from the query string (a shared link), are validated, and the
 * first result is computed here so the page arrives with the full plot already drawn, unless it
 * is too large for the server's budget: then the browser computes it in a worker.
 */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const scenario = getScenario((await params).scenarioId);
  if (!scenario) notFound();
  const { values, problems } = readScenarioParams(scenario, await searchParams);
  const run = runWithinBudget(scenario, values);

  return (
    <main>
      <p>
        <Link href="/lab">All simulations</Link>
      </p>
      <h1>{scenario.title}</h1>
      <p>{scenario.summary}</p>
      <ParamNotice problems={problems} />
      {/* Keyed by the parameters so that navigating to another link starts from that link's
          values instead of keeping the previous plot's state. Nothing in it suspends on the
          server: the boundary lets the browser hydrate the lab after the rest of the page, in
          tasks of its own (as the lesson page does), not in one long task with the page. */}
      <Suspense>
        <ScenarioLabView
          key={`${scenario.id}:${JSON.stringify(values)}`}
          scenarioId={scenario.id}
          title={scenario.title}
          params={scenario.params}
          initialValues={values}
          initialResult={run.ok ? run.result : null}
        />
      </Suspense>
    </main>
  );
}
