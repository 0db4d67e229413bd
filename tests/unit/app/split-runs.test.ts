/** The page's side of a split run: parts gathered per run, and the pool's queue of them. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScenarioWorkerPool } from "@/app/_components/plot/scenario-pool";
import { SplitRuns } from "@/app/_components/plot/split-runs";
import type { RunRequest } from "@/app/_components/plot/worker-protocol";
import { getScenario } from "@/lib/sim";

const ID = "why-lstm-solves-vanishing-gradients";
const split = getScenario(ID)!.split!;
const values = { steps: 60, hiddenSize: 6, forgetBias: 1, seed: 9 };

describe("SplitRuns", () => {
  it("combines a run once its last part arrives, in whichever order they come", () => {
    const runs = new SplitRuns();
    runs.start(3, values, split);
    const [first, second] = split.parts.map((part) => part(values));
    expect(runs.receive(3, 1, second!, 40)).toBeNull();
    const done = runs.receive(3, 0, first!, 25);
    expect(done?.values).toEqual(values);
    expect(done?.result).toEqual(getScenario(ID)!.run(values));
    // The parts ran at the same time: the wait is the slower one (plus combining).
    expect(done?.ms).toBeGreaterThanOrEqual(40);
    expect(runs.receive(3, 0, first!, 25)).toBeNull();
  });

  it("forgets older runs when a newer one completes, and a run whose part failed", () => {
    const runs = new SplitRuns();
    const [first, second] = split.parts.map((part) => part(values));
    runs.start(1, values, split);
    runs.start(2, values, split);
    runs.start(4, values, split);
    expect(runs.receive(1, 0, first!, 1)).toBeNull();
    runs.receive(2, 0, first!, 1);
    expect(runs.receive(2, 1, second!, 1)).not.toBeNull();
    expect(runs.receive(1, 1, second!, 1)).toBeNull();
    runs.drop(4);
    runs.receive(4, 0, first!, 1);
    expect(runs.receive(4, 1, second!, 1)).toBeNull();
  });
});

/** A worker that records what it was sent and answers when told to. */
class FakeWorker {
  static all: FakeWorker[] = [];
  sent: RunRequest[] = [];
  private listener: ((event: { data: unknown }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: RunRequest) {
    this.sent.push(request);
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void) {
    if (type === "message") this.listener = listener;
  }
  answer() {
    const request = this.sent.at(-1)!;
    this.listener?.({ data: { runId: request.runId, ok: true, part: request.part, ms: 1 } });
  }
  terminate() {}
}

describe("ScenarioWorkerPool with split runs", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.all = [];
  });

  it("queues the latest run's parts only, and hands them to workers as they free", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const finished: [number, number | undefined][] = [];
    const pool = new ScenarioWorkerPool(2, {
      onResponse: (request) => finished.push([request.runId, request.part]),
      onFailure: () => undefined,
    });
    const submit = (runId: number) =>
      [0, 1].forEach((part) => pool.submit({ runId, scenarioId: ID, values, part }));
    submit(1);
    submit(2);
    submit(3);
    const [a, b] = FakeWorker.all;
    expect(FakeWorker.all).toHaveLength(2);
    a!.answer();
    b!.answer();
    // Run 2's parts were replaced in the queue by run 3's.
    expect(a!.sent.map((r) => [r.runId, r.part])).toEqual([
      [1, 0],
      [3, 0],
    ]);
    expect(b!.sent.map((r) => [r.runId, r.part])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    expect(finished).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
});
