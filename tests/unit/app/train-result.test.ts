import { describe, expect, it } from "vitest";
import { TRAIN_DEFAULTS } from "@/app/_components/train/train-params";
import { gradLevel, trainResult } from "@/app/_components/train/train-result";
import type { ModelHistory } from "@/app/_components/train/useTrainer";

function history(n: number): ModelHistory[] {
  return (["rnn", "irnn", "lstm", "gru"] as const).map((id) => ({
    id,
    iterations: Array.from({ length: n }, (_, i) => i + 1),
    losses: Array.from({ length: n }, () => 0.1),
    accuracies: Array.from({ length: n }, () => 0.5),
    latest: null,
  }));
}

describe("trainResult", () => {
  it("draws chance as the reference line of the loss and accuracy panels", () => {
    const result = trainResult(TRAIN_DEFAULTS, history(3));
    expect(result.panels.map((p) => p.id)).toEqual(["loss", "accuracy", "gradient"]);
    expect(result.panels[0]?.referenceLines?.[0]?.y).toBeCloseTo(1 / 6, 12);
    expect(result.panels[1]?.referenceLines?.[0]?.y).toBeCloseTo(0.0784, 12);
    expect(result.panels[0]?.series.map((s) => s.label)).toEqual([
      "RNN (tanh)",
      "IRNN (ReLU)",
      "LSTM",
      "GRU",
    ]);
  });

  it("thins long runs to a few hundred points and keeps the latest iteration", () => {
    const points = trainResult(TRAIN_DEFAULTS, history(2001)).panels[0]?.series[0]?.points ?? [];
    expect(points.length).toBeLessThanOrEqual(402);
    expect(points.at(-1)?.x).toBe(2001);
    expect(points[0]?.x).toBe(1);
  });
});

describe("gradLevel", () => {
  it("bins ||dL/dh_k|| by decades, nothing and non-finite at the bottom", () => {
    expect([1e-10, 1e-8, 1e-4, 1e-2, 0.5, Number.NaN].map(gradLevel)).toEqual([0, 1, 2, 3, 4, 0]);
  });
});
