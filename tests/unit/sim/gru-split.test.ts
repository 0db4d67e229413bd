/**
 * The GRU-against-LSTM run split in two (the GRU and the RNN in one worker, the LSTM in the
 * other) gives the numbers of the three traces computed one after the other in one run, to
 * the bit: each part crosses postMessage (a structured clone) and they may arrive in either
 * order.
 */
import { describe, expect, it } from "vitest";
import { getScenario, type ParamValues, type ScenarioResult } from "@/lib/sim";
import { fullTrace, seededGru, seededLstm, seededTanhRnn } from "@/lib/sim/scenarios/networks";
import { gaussianInputs, range, series } from "@/lib/sim/scenarios/util";

const definition = getScenario("gru-vs-lstm")!;
const SETTINGS: ParamValues[] = [
  { steps: 500, hiddenSize: 64, forgetBias: 1, updateBias: 1, seed: 100 },
  { steps: 100, hiddenSize: 16, forgetBias: -3, updateBias: 8, seed: 7 },
  { steps: 5, hiddenSize: 1, forgetBias: 8, updateBias: -3, seed: 3 },
  { steps: 240, hiddenSize: 33, forgetBias: 0.5, updateBias: 2.5, seed: 42 },
];

/** Every number as its exact bits (NaN, ±Infinity and −0 included), for comparing to the bit. */
function bits(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "number" ? `${Object.is(v, -0) ? "-0" : v}` : v,
  );
}

/** The three traces as one run computed them before the split: GRU, LSTM, RNN, in that order. */
function tracesInOneRun(v: ParamValues) {
  const T = Number(v.steps);
  const H = Number(v.hiddenSize);
  const net = { seed: Number(v.seed), hiddenSize: H, inputSize: 4 };
  const inputs = gaussianInputs(T, 4, Number(v.seed) + 1000, 1);
  const gruParams = seededGru(net);
  for (let u = 0; u < H; u++)
    gruParams.biasIH[H + u] = gruParams.biasIH[H + u]! + Number(v.updateBias);
  const gru = fullTrace(gruParams, T, inputs);
  const lstm = fullTrace(
    seededLstm({ ...net, forgetBias: { add: Number(v.forgetBias) } }),
    T,
    inputs,
  );
  const rnn = fullTrace(seededTanhRnn(net), T, inputs);
  return [gru.hiddenGradNorms, lstm.cellGradNorms ?? [], lstm.hiddenGradNorms, rnn.hiddenGradNorms];
}

function points(result: ScenarioResult) {
  return result.panels[0]!.series.map((s) => s.points);
}

describe("the GRU-against-LSTM run split in two", () => {
  it("has two parts", () => {
    expect(definition.split?.parts).toHaveLength(2);
  });

  it.each(SETTINGS)("combines to the single run, to the bit: %o", (values) => {
    const split = definition.split!;
    const single = definition.run(values);
    const second = structuredClone(split.parts[1]!(values));
    const first = structuredClone(split.parts[0]!(values));
    expect(bits(split.combine(values, [first, second]))).toBe(bits(single));
  });

  it.each(SETTINGS)("plots the traces one run computes, to the bit: %o", (values) => {
    const ks = range(Number(values.steps) + 1);
    const expected = tracesInOneRun(values).map(
      (ys) => series("", "", ks, ys, { log: true }).points,
    );
    expect(bits(points(definition.run(values)))).toBe(bits(expected));
  });

  it("rejects a combine from parts that do not match", () => {
    const values = SETTINGS[1]!;
    const first = definition.split!.parts[0]!(values);
    expect(() => definition.split!.combine(values, [first, first])).toThrow(/no column/);
  });
});
