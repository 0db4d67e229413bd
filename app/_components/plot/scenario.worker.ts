import { getScenario } from "@/lib/sim";
import { configureZodWithoutEval } from "@/lib/http/zod-without-eval";
import type { RunRequest, RunResponse } from "./worker-protocol";

// A worker does not run instrumentation-client.ts; its scripts' policy forbids eval too.
configureZodWithoutEval();

/*
 * Runs one scenario off the main thread. run() is synchronous and cannot be interrupted, so the
 * page cancels a stale run by terminating this worker and starting a fresh one.
 */

function respond(message: RunResponse): void {
  self.postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<RunRequest>) => {
  const { runId, scenarioId, values } = event.data;
  const definition = getScenario(scenarioId);
  if (!definition) {
    respond({ runId, ok: false, message: `Unknown scenario "${scenarioId}".` });
    return;
  }
  const started = performance.now();
  try {
    const result = definition.run(values);
    respond({ runId, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    respond({ runId, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
