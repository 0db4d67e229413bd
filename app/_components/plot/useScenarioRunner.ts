import { useCallback, useEffect, useRef, useState } from "react";
import type { ParamValues, ScenarioDefinition, ScenarioResult } from "@/lib/sim/scenario-types";
import { ResultCache } from "./result-cache";
import { ScenarioWorkerPool, WARM_UP_RUN_ID } from "./scenario-pool";
import { loadedSim, loadSim, type SimModule } from "./sim-module";
import { SplitRuns } from "./split-runs";
import { WORKER_COST_THRESHOLD, type RunRequest, type RunResponse } from "./worker-protocol";

export interface RunnerState {
  /** Null until the first run lands when the server left a large run to the browser. */
  result: ScenarioResult | null;
  /** The parameters `result` was computed with (lags `values` while a worker runs). */
  resultValues: ParamValues;
  pending: boolean;
  error: string | null;
  /** How long computing `result` took, where it was computed (ms); null for a server result. */
  computeMs: number | null;
}

/**
 * Two workers (the machines the course targets have two cores or more): a split run computes
 * its two halves at once, one in each; an unsplit one goes to whichever is free, so on a
 * slider move while one still computes a stale value, the other starts the new one at once.
 */
const WORKERS = 2;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether some value the controls can reach costs enough to go to a worker. */
function canNeedWorkers(definition: ScenarioDefinition, values: ParamValues): boolean {
  const largest = { ...values };
  for (const [name, def] of Object.entries(definition.params)) {
    if (def.kind === "number") largest[name] = def.max;
  }
  return definition.cost(largest) > WORKER_COST_THRESHOLD;
}

/**
 * Re-runs a scenario whenever `run(values)` is called: cheap runs synchronously (the new plot
 * is in the same frame as the input event), expensive ones in kept, warm Web Workers
 * (ScenarioWorkerPool). A result is shown when it is newer than the one on screen, so a drag
 * shows the values it passes through; `pending` stays until the latest request lands. Recent
 * results are kept, so going back to a value shows it at once. `prepare()` (on pointing at or
 * focusing the controls) loads the simulation code and starts the workers before the first
 * move; a move before the code has loaded is pending until it has (sim-module.ts).
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
    computeMs: null,
  });
  const latestRun = useRef(0);
  const shownRun = useRef(0);
  const cache = useRef(new ResultCache());
  const pool = useRef<ScenarioWorkerPool | null>(null);
  const splitRuns = useRef(new SplitRuns());

  const show = useCallback(
    (runId: number, result: ScenarioResult, values: ParamValues, computeMs: number) => {
      shownRun.current = runId;
      const pending = runId !== latestRun.current;
      setState({ result, resultValues: values, pending, error: null, computeMs });
    },
    [],
  );

  const fail = useCallback((runId: number, message: string) => {
    if (runId !== latestRun.current) return;
    setState((s) => ({ ...s, pending: false, error: message }));
  }, []);

  const workers = useCallback((): ScenarioWorkerPool => {
    pool.current ??= new ScenarioWorkerPool(WORKERS, {
      onResponse(request: RunRequest, response: RunResponse) {
        if (request.runId === WARM_UP_RUN_ID) return;
        if (!response.ok) {
          splitRuns.current.drop(request.runId);
          return fail(request.runId, response.message);
        }
        const done =
          "output" in response
            ? splitRuns.current.receive(request.runId, response.part, response.output, response.ms)
            : { result: response.result, values: request.values, ms: response.ms };
        if (!done) return;
        cache.current.set(done.values, done.result);
        if (request.runId > shownRun.current) {
          show(request.runId, done.result, done.values, done.ms);
        }
      },
      onFailure: (request, message) => {
        splitRuns.current.drop(request.runId);
        fail(request.runId, message);
      },
    });
    return pool.current;
  }, [fail, show]);

  useEffect(
    () => () => {
      pool.current?.terminate();
      pool.current = null;
    },
    [],
  );

  const prepare = useCallback(
    (values: ParamValues) => {
      loadSim().then(
        (sim) => {
          const definition = sim.getScenario(scenarioId);
          if (!definition || !canNeedWorkers(definition, values)) return;
          workers().warm({
            runId: WARM_UP_RUN_ID,
            scenarioId,
            values: sim.defaultParams(definition.params),
          });
        },
        // Nothing to show yet: the next run reports a failure to load.
        () => undefined,
      );
    },
    [scenarioId, workers],
  );

  const runWith = useCallback(
    (sim: SimModule, runId: number, values: ParamValues) => {
      const definition = sim.getScenario(scenarioId);
      if (!definition) {
        setState((s) => ({ ...s, pending: false, error: `Unknown scenario "${scenarioId}".` }));
        return;
      }
      const known = cache.current.get(values);
      if (known) return show(runId, known, values, 0);
      if (definition.cost(values) <= WORKER_COST_THRESHOLD) {
        try {
          const started = performance.now();
          const result = definition.run(values);
          show(runId, result, values, performance.now() - started);
        } catch (error) {
          setState((s) => ({ ...s, pending: false, error: messageOf(error) }));
        }
        return;
      }
      setState((s) => ({ ...s, pending: true, error: null }));
      const pool = workers();
      const { split } = definition;
      if (split && split.parts.length <= pool.capacity) {
        splitRuns.current.start(runId, values, split);
        split.parts.forEach((_, part) => pool.submit({ runId, scenarioId, values, part }));
      } else {
        pool.submit({ runId, scenarioId, values });
      }
    },
    [scenarioId, show, workers],
  );

  const run = useCallback(
    (values: ParamValues) => {
      const runId = ++latestRun.current;
      const sim = loadedSim();
      if (sim) return runWith(sim, runId, values);
      setState((s) => ({ ...s, pending: true, error: null }));
      loadSim().then(
        // A newer move while the code loaded supersedes this one.
        (loaded) => runId === latestRun.current && runWith(loaded, runId, values),
        (error: unknown) => fail(runId, messageOf(error)),
      );
    },
    [fail, runWith],
  );

  // A run too large for the server arrives without a result: compute it here, once.
  const firstRun = useRef(initial === null ? initialValues : null);
  useEffect(() => {
    if (firstRun.current) run(firstRun.current);
    firstRun.current = null;
  }, [run]);

  return { ...state, run, prepare };
}
