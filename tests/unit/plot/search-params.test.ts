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

  it("clamps an out-of-range number to the nearest end, names the field and keeps the good ones", () => {
    const { values, problems } = readScenarioParams(definition, { forgetBias: "999", steps: "20" });
    expect(values).toEqual({ forgetBias: 6, steps: 20 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("forgetBias");
    expect(problems[0]?.message).toContain(
      "forget-gate bias (forgetBias) must be a number between -3 and 6",
    );
    expect(problems[0]?.message).toContain('got "999" (above the maximum)');
    expect(problems[0]?.message).toContain("Showing 6 instead.");
  });

  it("gives steps=99999 the maximum, not the default, and says so", () => {
    const { values, problems } = readScenarioParams(definition, { steps: "99999" });
    expect(values.steps).toBe(200);
    expect(problems.map((p) => p.field)).toEqual(["steps"]);
    expect(problems[0]?.message).toContain("Showing 200 steps instead.");
  });

  it("clamps below the minimum, negative numbers and exponent notation included", () => {
    expect(readScenarioParams(definition, { forgetBias: "-1e9" }).values.forgetBias).toBe(-3);
    expect(readScenarioParams(definition, { steps: "0" }).values.steps).toBe(1);
    const { problems } = readScenarioParams(definition, { steps: "-5" });
    expect(problems[0]?.message).toContain("(below the minimum)");
  });

  it("rounds a fraction where a whole number is needed", () => {
    const { values, problems } = readScenarioParams(definition, { steps: "2.6" });
    expect(values.steps).toBe(3);
    expect(problems[0]?.message).toContain("(not a whole number)");
  });

  it("keeps in-range values, the ends included, without a note", () => {
    expect(readScenarioParams(definition, { forgetBias: "6", steps: "1" })).toEqual({
      values: { forgetBias: 6, steps: 1 },
      problems: [],
    });
  });

  it("falls back to the default, and says so, when a value is not a number", () => {
    const { values, problems } = readScenarioParams(definition, { steps: "Infinity" });
    expect(values.steps).toBe(50);
    expect(problems[0]?.message).toContain("Showing the default, 50 steps.");
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
