import type {
  ParamValues,
  PartOutput,
  ScenarioResult,
  ScenarioSplit,
} from "@/lib/sim/scenario-types";

interface Pending {
  values: ParamValues;
  split: ScenarioSplit;
  outputs: (PartOutput | undefined)[];
  /** The slowest part so far: the parts compute at the same time, so this is the wait. */
  ms: number;
}

export interface CombinedRun {
  result: ScenarioResult;
  values: ParamValues;
  ms: number;
}

/**
 * The parts of split runs (ScenarioDefinition.split) as workers hand them back, until a run
 * has all of them; then they are combined here, on the main thread (a few milliseconds of
 * building series, against the tens each part takes).
 */
export class SplitRuns {
  private readonly pending = new Map<number, Pending>();

  start(runId: number, values: ParamValues, split: ScenarioSplit): void {
    this.pending.set(runId, { values, split, outputs: split.parts.map(() => undefined), ms: 0 });
  }

  /** Records one part; the combined run once it was the last one missing, else null. */
  receive(runId: number, part: number, output: PartOutput, ms: number): CombinedRun | null {
    const run = this.pending.get(runId);
    if (!run) return null;
    run.outputs[part] = output;
    run.ms = Math.max(run.ms, ms);
    const outputs = run.outputs.filter((o) => o !== undefined);
    if (outputs.length < run.outputs.length) return null;
    // This run and every older one (whose parts a newer run may have pushed out of the queue)
    // are done with.
    for (const id of this.pending.keys()) if (id <= runId) this.pending.delete(id);
    const started = performance.now();
    const result = run.split.combine(run.values, outputs);
    return { result, values: run.values, ms: run.ms + performance.now() - started };
  }

  /** A part failed: its run will not complete. */
  drop(runId: number): void {
    this.pending.delete(runId);
  }
}
