import { getScenario } from "@/lib/sim";
import { configureZodWithoutEval } from "@/lib/http/zod-without-eval";
import type { RunRequest, RunResponse } from "./worker-protocol";

// A worker does not run instrumentation-client.ts; its scripts' policy forbids eval too.
configureZodWithoutEval();

/*
 * Runs one scenario, or one part of a split one, off the main thread (ScenarioWorkerPool keeps
 * this worker warm between runs).
 */

function respond(message: RunResponse): void {
  self.postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<RunRequest>) => {
  const { runId, scenarioId, values, part } = event.data;
  const definition = getScenario(scenarioId);
  if (!definition) {
    respond({ runId, ok: false, message: `Unknown scenario "${scenarioId}".` });
    return;
  }
  const started = performance.now();
  try {
    if (part === undefined) {
      const result = definition.run(values);
      respond({ runId, ok: true, result, ms: performance.now() - started });
      return;
    }
    const compute = definition.split?.parts[part];
    if (!compute) throw new Error(`Scenario "${scenarioId}" has no part ${part}.`);
    const output = compute(values);
    respond({ runId, ok: true, part, output, ms: performance.now() - started });
  } catch (error) {
    respond({ runId, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
