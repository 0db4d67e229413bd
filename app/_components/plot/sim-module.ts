import type * as Sim from "@/lib/sim";

/*
 * The simulation library in the browser, loaded on first need instead of with the page. Its
 * scenario registry, models and parameter schemas (zod) are the largest code a lesson or lab
 * page would ship, and nothing needs them before a learner moves a control: the first plot
 * comes from the server, and the controls only need the scenario's parameters (page props).
 */
export type SimModule = typeof Sim;

let loaded: SimModule | null = null;
let loading: Promise<SimModule> | null = null;

export function loadSim(): Promise<SimModule> {
  loading ??= import("@/lib/sim").then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A failed fetch (a flaky network) may succeed on the next move.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The library if it has loaded: then a cheap run stays in the input event's own frame. */
export function loadedSim(): SimModule | null {
  return loaded;
}
