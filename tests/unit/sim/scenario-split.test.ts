/**
 * A split run (two parts in two workers, combined on the page) gives the single worker's run to
 * the bit: the parts cross postMessage (a structured clone), arrive in either order, and each
 * is computed in a worker whose memos know nothing of the other part.
 */
import { describe, expect, it } from "vitest";
import { getScenario, type ParamValues, type ScenarioResult } from "@/lib/sim";
import { lstmForwardPrefix } from "@/lib/sim/models/lstm";
import { lstmTraces, seededLstm } from "@/lib/sim/scenarios/networks";
import { gaussianInputs } from "@/lib/sim/scenarios/util";
import { rnnAndPanelsPart, rnnPartMemo } from "@/lib/sim/scenarios/why-lstm-parts";
import { lstmCellStepFactors } from "@/lib/sim/step-factors";

const ID = "why-lstm-solves-vanishing-gradients";
const definition = getScenario(ID)!;
const SETTINGS: ParamValues[] = [
  { steps: 500, hiddenSize: 64, forgetBias: 0.5, seed: 100 },
  { steps: 50, hiddenSize: 8, forgetBias: -3, seed: 7 },
  { steps: 37, hiddenSize: 1, forgetBias: 8, seed: 3 },
  { steps: 200, hiddenSize: 16, forgetBias: 3, seed: 42 },
];

/** Every number as its exact bits (NaN, ±Infinity and −0 included), for comparing to the bit. */
function bits(result: ScenarioResult): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === "number" ? `${Object.is(value, -0) ? "-0" : value}` : value,
  );
}

describe("the RNN-against-LSTM run split in two", () => {
  it("has two parts", () => {
    expect(definition.split?.parts).toHaveLength(2);
  });

  it.each(SETTINGS)("combines to the single run, to the bit: %o", (values) => {
    const split = definition.split!;
    const single = definition.run(values);
    // Later part first, each from a cold memo, each output cloned as postMessage clones it.
    rnnPartMemo.clear();
    const second = structuredClone(split.parts[1]!(values));
    rnnPartMemo.clear();
    const first = structuredClone(split.parts[0]!(values));
    expect(bits(split.combine(values, [first, second]))).toBe(bits(single));
  });

  it("computes the LSTM's per-step panel as the long trace's first steps would", () => {
    const values = { steps: 120, hiddenSize: 12, forgetBias: 1, seed: 5 };
    const nF = 50;
    const params = seededLstm({
      seed: values.seed,
      hiddenSize: values.hiddenSize,
      inputSize: 4,
      forgetBias: { add: values.forgetBias },
    });
    const inputs = gaussianInputs(values.steps, 4, values.seed + 1000, 1);
    const prefix = lstmForwardPrefix(lstmTraces(params, values.steps, inputs).forward, nF);
    const expected = lstmCellStepFactors(params, prefix);
    const meanF = Array.from({ length: nF }, (_, t) => {
      let sum = 0;
      for (let u = 0; u < values.hiddenSize; u++)
        sum += prefix.gates[t * 4 * values.hiddenSize + values.hiddenSize + u]!;
      return sum / values.hiddenSize;
    });
    const part = rnnAndPanelsPart(values);
    expect(part.lstmFactors).toEqual(expected);
    expect(part.meanF).toEqual(meanF);
  });

  it("rejects a combine from parts that do not match", () => {
    const values = SETTINGS[1]!;
    const first = definition.split!.parts[0]!(values);
    expect(() => definition.split!.combine(values, [first, first])).toThrow(/no column/);
  });
});
