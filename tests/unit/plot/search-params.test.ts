import { describe, expect, it } from "vitest";
import { readScenarioParams } from "@/app/_components/plot/search-params";
import { describeParamRange } from "@/lib/plot";
import { defineScenario } from "@/lib/sim";
import { fixtureDefinition } from "./fixtures";

// Through defineScenario, so parsing is the registry's real zod parser.
const definition = defineScenario({
  ...fixtureDefinition,
  cost: () => 1,
  run: (v) => fixtureDefinition.run(v),
});

describe("readScenarioParams (lab page query string)", () => {
  it("fills defaults and coerces numeric strings", () => {
    expect(readScenarioParams(definition, { steps: "80" })).toEqual({
      values: { forgetBias: 1, steps: 80 },
      problems: [],
    });
  });

  it("names the bad field and its range, keeps the good ones", () => {
    const { values, problems } = readScenarioParams(definition, { forgetBias: "999", steps: "20" });
    expect(values).toEqual({ forgetBias: 1, steps: 20 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("forgetBias");
    expect(problems[0]?.message).toContain(
      "forget-gate bias (forgetBias) must be a number between -3 and 6",
    );
    expect(problems[0]?.message).toContain('got "999"');
  });

  it.each([
    ["not a number", { steps: "abc" }, "steps"],
    ["not an integer", { steps: "2.5" }, "steps"],
    ["empty", { forgetBias: "" }, "forgetBias"],
  ])("rejects %s", (_, search, field) => {
    const { problems } = readScenarioParams(definition, search);
    expect(problems.map((p) => p.field)).toEqual([field]);
  });

  it("uses the first of repeated keys and ignores unrelated ones", () => {
    const { values, problems } = readScenarioParams(definition, { steps: ["7", "9"], utm: "x" });
    expect(values.steps).toBe(7);
    expect(problems).toEqual([]);
  });
});

describe("describeParamRange", () => {
  it("says whole number for integer params", () => {
    expect(describeParamRange("steps", definition.params)).toBe(
      "sequence length (steps) must be a whole number between 1 and 200",
    );
  });
});
