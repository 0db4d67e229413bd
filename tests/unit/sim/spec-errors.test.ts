/** Bad specs and parameters give errors that name the field and the allowed range or shape. */
import { describe, expect, it } from "vitest";
import { checkRange } from "@/lib/sim/errors";
import {
  clipByNorm,
  parseScenarioParams,
  runScenario,
  scenarios,
  SimInputError,
  trace,
  TraceSpec,
} from "@/lib/sim";

const ok = { model: "lstm", hiddenSize: 8, inputSize: 2, steps: 10 };

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SimInputError);
    return (e as Error).message;
  }
  throw new Error("expected an error");
}

describe("trace spec errors", () => {
  it.each([
    [{ ...ok, steps: 0 }, "steps: must be an integer in [1, 5000], got 0"],
    [{ ...ok, steps: 2.5 }, "steps: must be an integer in [1, 5000], got 2.5"],
    [{ ...ok, hiddenSize: 1000 }, "hiddenSize: must be an integer in [1, 256], got 1000"],
    [{ ...ok, inputSize: "3" }, 'inputSize: must be an integer in [1, 256], got "3"'],
    [
      { ...ok, model: "transformer" },
      'model: must be one of "rnn", "lstm", "gru", got "transformer"',
    ],
    [{ ...ok, forgetBias: 42 }, "forgetBias: must be a number in [-10, 10], got 42"],
    [{ ...ok, mode: "half" }, "mode: must be one of"],
    [{ ...ok, activation: "relu" }, 'activation: only applies to model "rnn", got model "lstm"'],
    [{ ...ok, model: "rnn", forgetBias: 1 }, 'forgetBias: only applies to model "lstm"'],
    [
      { ...ok, model: "rnn", activation: "softplus" },
      'activation: must be one of "tanh", "sigmoid", "relu", "linear"',
    ],
    [{ ...ok, colour: "red" }, "colour: unknown field"],
    [
      {
        ...ok,
        weights: { weightHH: Array.from({ length: 32 }, () => new Array<number>(7).fill(0)) },
      },
      "weights.weightHH: expected 32 x 8, got 32 x 7",
    ],
    [{ ...ok, weights: { weightIH: [[1, 2]] } }, "weights.weightIH: expected 32 x 2, got 1 x 2"],
    [{ ...ok, weights: { bias: [1, 2] } }, "weights.bias: expected length 32, got 2"],
    [
      { ...ok, weights: { weightHH: [[1, 2], [3]] } },
      "weights.weightHH: expected 32 x 8, got ragged rows",
    ],
    [
      { ...ok, model: "gru", weights: { bias: new Array(24).fill(0) } },
      'weights.bias: model "gru" takes biasIH and biasHH',
    ],
    [{ ...ok, inputs: [[1, 2]] }, "inputs: expected 10 x 2, got 1 x 2"],
    [{ ...ok, initialHidden: [1] }, "initialHidden: expected length 8, got 1"],
    [
      { ...ok, initialCell: [1, Infinity] },
      "initialCell.1: must be a number in [-1000000, 1000000]",
    ],
    [
      { ...ok, hiddenSize: 256, steps: 5000 },
      "steps: steps * hiddenSize * (hiddenSize + inputSize) must be <= 40000000",
    ],
    [{ ...ok, hiddenSize: 100, jacobian: true }, "jacobian: needs hiddenSize <= 64, got 100"],
    [
      { ...ok, hiddenSize: 64, steps: 1000, jacobian: true },
      "jacobian: needs steps * hiddenSize^3 <= 32000000",
    ],
    [{ ...ok, seed: -1 }, "seed: must be an integer in [0, 4294967295], got -1"],
    [
      { ...ok, init: "he" },
      'init: must be one of "pytorch-uniform", "glorot", "orthogonal", "scaled-identity"',
    ],
    ["not an object", "expected object"],
  ])("%j", (spec, expected) => {
    expect(messageOf(() => trace(spec))).toContain(expected);
  });

  it("the exported schema reports the same issues with paths", () => {
    const r = TraceSpec.safeParse({ ...ok, steps: 0, hiddenSize: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["hiddenSize", "steps"]);
  });

  it("SimInputError carries structured issues", () => {
    try {
      trace({ ...ok, steps: 0, weights: { bias: [1] } });
    } catch (e) {
      expect((e as SimInputError).issues).toEqual([
        { path: "steps", message: "must be an integer in [1, 5000], got 0" },
        { path: "weights.bias", message: "expected length 32, got 1" },
      ]);
    }
  });
});

describe("library argument errors", () => {
  it("names the argument", () => {
    expect(messageOf(() => checkRange("forgetBias", 42, -10, 10))).toBe(
      "Argument 'forgetBias' must be in [-10, 10], got 42",
    );
    expect(messageOf(() => clipByNorm([3, 4], 0))).toContain("Argument 'threshold' must be in");
  });
});

describe("scenario parameter errors", () => {
  const def = scenarios["why-lstm-solves-vanishing-gradients"]!;
  it("coerces numeric strings and fills defaults", () => {
    expect(parseScenarioParams(def, { steps: "20", forgetBias: " 2.5 " })).toEqual({
      steps: 20,
      forgetBias: 2.5,
      hiddenSize: 16,
      seed: 1,
    });
  });
  it.each([
    [{ steps: "abc" }, 'steps: must be an integer in [5, 500], got "abc"'],
    [{ steps: "" }, 'steps: must be an integer in [5, 500], got ""'],
    [{ steps: 7.5 }, "steps: must be an integer in [5, 500], got 7.5"],
    [{ forgetBias: 99 }, "forgetBias: must be a number in [-3, 8], got 99"],
    [{ bogus: 1 }, "bogus: unknown field"],
  ])("%j", (raw, expected) =>
    expect(messageOf(() => parseScenarioParams(def, raw))).toContain(expected),
  );
  it("choice params list the options", () => {
    expect(messageOf(() => runScenario("what-problem-lstm-solves", { bit: "2" }))).toContain(
      'bit: must be one of "1", "0", got "2"',
    );
  });
  it("unknown scenario id", () => {
    expect(messageOf(() => runScenario("nope"))).toContain('scenario: unknown id "nope"');
  });
});
