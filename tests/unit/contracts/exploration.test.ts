import { describe, expect, it } from "vitest";
import { EXPLORATION_MAX_MOVES, Exploration, explorationWithin } from "@/lib/contracts/exploration";
import { SubmitAnswerInput } from "@/lib/contracts/quiz";
import { getScenario } from "@/lib/sim";

const submit = {
  attemptId: "a",
  questionId: "q",
  response: { type: "single-choice", optionId: "x" },
  idempotencyKey: "key-12345678",
  timeTakenMs: 5000,
};
const fieldsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("the submit contract's exploration", () => {
  it("is optional, and carries moves through unchanged", () => {
    expect(SubmitAnswerInput.parse(submit).exploration).toBeUndefined();
    const moves = [
      { param: "forgetBias", value: 0, t: 100 },
      { param: "forgetBias", value: 1, t: 100 },
      { param: "steps", value: 200, t: 900 },
    ];
    expect(SubmitAnswerInput.parse({ ...submit, exploration: moves }).exploration).toEqual(moves);
  });

  it("names the move and field at fault", () => {
    const cases: [unknown, string][] = [
      ["moves", "exploration"],
      [[{ param: "forgetBias", value: "1", t: 0 }], "exploration.0.value"],
      [[{ param: "forgetBias", value: 1, t: -1 }], "exploration.0.t"],
      [[{ param: "forgetBias", value: 1, t: 1.5 }], "exploration.0.t"],
      [[{ param: "__proto__", value: 1, t: 0 }], "exploration.0.param"],
      [[{ param: "a".repeat(41), value: 1, t: 0 }], "exploration.0.param"],
      [
        [
          { param: "steps", value: 10, t: 500 },
          { param: "steps", value: 20, t: 499 },
        ],
        "exploration.1.t",
      ],
    ];
    for (const [exploration, field] of cases) {
      const result = SubmitAnswerInput.safeParse({ ...submit, exploration });
      expect(fieldsOf(result), field).toEqual([field]);
    }
  });

  it("refuses values that JSON cannot carry honestly (infinite, NaN)", () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      expect(Exploration.safeParse([{ param: "steps", value, t: 0 }]).success).toBe(false);
    }
  });

  it(`holds at most ${EXPLORATION_MAX_MOVES} moves`, () => {
    const moves = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ param: "steps", value: 10 + i, t: i * 10 }));
    expect(Exploration.safeParse(moves(EXPLORATION_MAX_MOVES)).success).toBe(true);
    expect(fieldsOf(Exploration.safeParse(moves(EXPLORATION_MAX_MOVES + 1)))).toEqual([""]);
  });

  it("checks names and ranges against the plot's sliders", () => {
    const scenario = getScenario("why-lstm-solves-vanishing-gradients");
    if (!scenario) throw new Error("scenario missing");
    const within = explorationWithin(scenario.params);
    expect(within.safeParse([{ param: "forgetBias", value: 8, t: 0 }]).success).toBe(true);
    const cases: [object, string][] = [
      [{ param: "forgetBias", value: 8.01, t: 0 }, "0.value"],
      [{ param: "forgetBias", value: -3.5, t: 0 }, "0.value"],
      [{ param: "steps", value: 50.5, t: 0 }, "0.value"],
      [{ param: "learningRate", value: 1, t: 0 }, "0.param"],
      [{ param: "toString", value: 1, t: 0 }, "0.param"],
    ];
    for (const [move, field] of cases) {
      expect(fieldsOf(within.safeParse([move])), JSON.stringify(move)).toEqual([field]);
    }
  });
});
