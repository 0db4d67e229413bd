import type { ParamValues, ScenarioResult } from "@/lib/sim/scenario-types";

/** How many recent results a lab keeps: enough for a drag back over the values it passed. */
const CAPACITY = 24;

/**
 * The latest results by their parameters, least recently used dropped first. Results are
 * deterministic (seeded), so a kept one is exactly what a re-run would compute.
 */
export class ResultCache {
  private readonly entries = new Map<string, ScenarioResult>();

  get(values: ParamValues): ScenarioResult | undefined {
    const key = keyOf(values);
    const result = this.entries.get(key);
    if (result === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, result);
    return result;
  }

  set(values: ParamValues, result: ScenarioResult): void {
    const key = keyOf(values);
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/** The same parameters in any key order give the same key. */
function keyOf(values: ParamValues): string {
  return JSON.stringify(
    Object.keys(values)
      .sort()
      .map((name) => [name, values[name]]),
  );
}
