import type { RunRequest, RunResponse } from "./worker-protocol";

/** A worker and the request it is computing, if any. */
interface Slot {
  worker: Worker;
  running: RunRequest | null;
}

export interface PoolListener {
  /** Every finished run, stale ones too: the caller decides what is still worth showing. */
  onResponse(request: RunRequest, response: RunResponse): void;
  onFailure(request: RunRequest, message: string): void;
}

/** The run id of warm-up requests: never a real run's id, so never shown. */
export const WARM_UP_RUN_ID = 0;

/**
 * Scenario workers that stay alive between runs. A fresh worker per run paid for loading the
 * simulation code and for running it cold (before the JavaScript engine optimises the loops)
 * on every slider move; a kept worker is warm from its second run on. run() cannot be
 * interrupted, so a stale run is not cancelled: the request goes to an idle worker if there is
 * one, else it waits in the queue, which holds the latest run's requests only (the parts of a
 * split run are one request each; a newer run's requests replace older ones), so a drag never
 * piles up work and the latest value starts as soon as a worker frees.
 */
export class ScenarioWorkerPool {
  private readonly slots: Slot[] = [];
  private queued: RunRequest[] = [];

  constructor(
    private readonly size: number,
    private readonly listener: PoolListener,
  ) {}

  /** Starts the workers and runs `request` once in each, so the first real run finds them warm. */
  warm(request: RunRequest): void {
    while (this.slots.length < this.size) {
      const slot = this.spawn();
      this.post(slot, { ...request, runId: WARM_UP_RUN_ID });
    }
  }

  submit(request: RunRequest): void {
    const idle = this.slots.find((slot) => slot.running === null);
    if (idle) this.post(idle, request);
    else if (this.slots.length < this.size) this.post(this.spawn(), request);
    else this.queued = [...this.queued.filter((q) => q.runId >= request.runId), request];
  }

  /** How many runs can compute at the same time: the parts a split run is worth cutting into. */
  get capacity(): number {
    return this.size;
  }

  terminate(): void {
    for (const slot of this.slots) slot.worker.terminate();
    this.slots.length = 0;
    this.queued = [];
  }

  private post(slot: Slot, request: RunRequest): void {
    slot.running = request;
    slot.worker.postMessage(request);
  }

  private spawn(): Slot {
    // The bundler finds the worker through this exact `new Worker(new URL(...))` form.
    const worker = new Worker(new URL("./scenario.worker.ts", import.meta.url), { type: "module" });
    const slot: Slot = { worker, running: null };
    worker.addEventListener("message", (event: MessageEvent<RunResponse>) => {
      const request = this.finish(slot);
      if (request) this.listener.onResponse(request, event.data);
    });
    worker.addEventListener("error", (event) => {
      const request = this.finish(slot);
      if (request)
        this.listener.onFailure(request, event.message || "The simulation worker failed.");
    });
    this.slots.push(slot);
    return slot;
  }

  /** Frees the slot and hands it the queued request, if any; returns the request it finished. */
  private finish(slot: Slot): RunRequest | null {
    const done = slot.running;
    slot.running = null;
    const next = this.queued.shift();
    if (next) this.post(slot, next);
    return done;
  }
}
