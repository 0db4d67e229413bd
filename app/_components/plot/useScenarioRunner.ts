import { useCallback, useEffect, useRef, useState } from "react";
import { getScenario } from "@/lib/sim";
import type { ParamValues, ScenarioResult } from "@/lib/sim/scenario-types";
import { WORKER_COST_THRESHOLD, type RunRequest, type RunResponse } from "./worker-protocol";

export interface RunnerState {
  /** Null until the first run lands when the server left a large run to the browser. */
  result: ScenarioResult | null;
  /** The parameters `result` was computed with (lags `values` while a worker runs). */
  resultValues: ParamValues;
  pending: boolean;
  error: string | null;
}

/** Worker runs wait this long for the slider to settle, so a drag does not spawn a worker per pixel. */
const WORKER_DEBOUNCE_MS = 120;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Re-runs a scenario whenever `run(values)` is called: cheap runs synchronously (the new plot
 * is in the same frame as the input event), expensive ones in a Web Worker. Only the latest
 * request can land; an older worker is terminated, because a synchronous run() inside it
 * cannot be asked to stop.
 */
export function useScenarioRunner(
  scenarioId: string,
  initial: ScenarioResult | null,
  initialValues: ParamValues,
) {
  const [state, setState] = useState<RunnerState>({
    result: initial,
    resultValues: initialValues,
    pending: initial === null,
    error: null,
  });
  const latestRun = useRef(0);
  const worker = useRef<Worker | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => cancel, [cancel]);

  const startWorker = useCallback(
    (runId: number, values: ParamValues) => {
      const w = new Worker(new URL("./scenario.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      w.addEventListener("message", (event: MessageEvent<RunResponse>) => {
        const data = event.data;
        if (data.runId !== latestRun.current) return;
        w.terminate();
        worker.current = null;
        setState((s) =>
          data.ok
            ? { result: data.result, resultValues: values, pending: false, error: null }
            : { ...s, pending: false, error: data.message },
        );
      });
      w.addEventListener("error", (event) => {
        if (runId !== latestRun.current) return;
        setState((s) => ({
          ...s,
          pending: false,
          error: event.message || "The simulation worker failed.",
        }));
      });
      const request: RunRequest = { runId, scenarioId, values };
      w.postMessage(request);
    },
    [scenarioId],
  );

  const run = useCallback(
    (values: ParamValues) => {
      const runId = ++latestRun.current;
      cancel();
      const definition = getScenario(scenarioId);
      if (!definition) {
        setState((s) => ({ ...s, error: `Unknown scenario "${scenarioId}".` }));
        return;
      }
      if (definition.cost(values) <= WORKER_COST_THRESHOLD) {
        try {
          const result = definition.run(values);
          setState({ result, resultValues: values, pending: false, error: null });
        } catch (error) {
          setState((s) => ({ ...s, pending: false, error: messageOf(error) }));
        }
        return;
      }
      setState((s) => ({ ...s, pending: true, error: null }));
      timer.current = setTimeout(() => startWorker(runId, values), WORKER_DEBOUNCE_MS);
    },
    [cancel, scenarioId, startWorker],
  );

  // A run too large for the server arrives without a result: compute it here, once.
  const firstRun = useRef(initial === null ? initialValues : null);
  useEffect(() => {
    if (firstRun.current) run(firstRun.current);
    firstRun.current = null;
  }, [run]);

  return { ...state, run };
}
