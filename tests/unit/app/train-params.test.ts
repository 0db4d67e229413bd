import { describe, expect, it } from "vitest";
import {
  readTrainParams,
  TRAIN_DEFAULTS,
  trainParamsToSearch,
} from "@/app/_components/train/train-params";

describe("readTrainParams", () => {
  it("gives the defaults for an empty query, with no notes", () => {
    expect(readTrainParams({})).toEqual({ values: TRAIN_DEFAULTS, problems: [] });
  });

  it("reads every field", () => {
    const { values, problems } = readTrainParams({
      task: "temporal-order",
      lag: "20",
      hidden: "8",
      lr: "0.005",
      seed: "3",
      forgetBias: "2.5",
      iterations: "500",
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({
      task: "temporal-order",
      lag: 20,
      hidden: 8,
      lr: 0.005,
      seed: 3,
      forgetBias: 2.5,
      iterations: 500,
    });
  });

  it("clamps out-of-range numbers and says so, naming the field", () => {
    const { values, problems } = readTrainParams({ lag: "5000", hidden: "0", forgetBias: "-9" });
    expect(values.lag).toBe(200);
    expect(values.hidden).toBe(2);
    expect(values.forgetBias).toBe(-3);
    expect(problems.map((p) => p.field)).toEqual(["lag", "hidden", "forgetBias"]);
    expect(problems[0]?.message).toMatch(/above the maximum\). Showing 200/);
  });

  it("rounds fractions of whole-number fields and defaults unreadable ones", () => {
    const { values, problems } = readTrainParams({ lag: "20.6", seed: "abc", task: "juggling" });
    expect(values.lag).toBe(21);
    expect(values.seed).toBe(TRAIN_DEFAULTS.seed);
    expect(values.task).toBe(TRAIN_DEFAULTS.task);
    expect(problems.map((p) => p.field).sort()).toEqual(["lag", "seed", "task"]);
  });

  it("raises a lag below the task's minimum (temporal order needs 10)", () => {
    const { values, problems } = readTrainParams({ task: "temporal-order", lag: "3" });
    expect(values.lag).toBe(10);
    expect(problems[0]?.field).toBe("lag");
  });

  it("uses the first of repeated keys", () => {
    expect(readTrainParams({ lag: ["30", "40"] }).values.lag).toBe(30);
  });
});

describe("trainParamsToSearch", () => {
  it("writes only what differs from the defaults, and reads back the same values", () => {
    expect(trainParamsToSearch(TRAIN_DEFAULTS)).toBe("");
    const values = { ...TRAIN_DEFAULTS, lag: 20, forgetBias: 3 };
    const search = trainParamsToSearch(values);
    expect(search).toBe("?lag=20&forgetBias=3");
    const query = Object.fromEntries(new URLSearchParams(search));
    expect(readTrainParams(query).values).toEqual(values);
  });
});
