/**
 * Numbers in words (simulate/spoken.ts): counts, signs and fractions are numbers; a lone small
 * word is one only where a value is expected, so "the exploding one" and "the other one" stay
 * words. Also the everyday names of dials (simulate/synonyms.ts).
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { regime } from "@/lib/tutor/simulate/regime";
import { spokenNumbers, withDigits } from "@/lib/tutor/simulate/spoken";

const values = (text: string) => spokenNumbers(text).map((n) => n.value);

describe("numbers said in words", () => {
  it.each([
    ["two hundred steps", [200]],
    ["one hundred and twenty steps", [120]],
    ["two hundred fifty steps", [250]],
    ["a hundred and fifty steps", [150]],
    ["three thousand steps", [3000]],
    ["a forget bias of three", [3]],
    ["a bias of minus two", [-2]],
    ["forget bias negative one", [-1]],
    ["a scale of one and a half", [1.5]],
    ["distractors of half a unit", [0.5]],
    ["a threshold of one half", [0.5]],
    ["zero point five", [0.5]],
    ["twenty-five layers", [25]],
    ["three quarters", [0.75]],
    ["a horizon of three fifty", [350]],
    ["a learning rate of point zero five", [0.05]],
    ["threshold one", [1]],
    ["make it ten", [10]],
    ["store a zero", [0]],
    ["a bias of one, twenty steps later", [1, 20]],
  ])("%s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    "run the exploding one",
    "the other one",
    "compare the two models",
    "one of the gates",
    "ten times the threshold",
    "half that",
    "make it negative",
    // Object's own members are not number words.
    "run it for constructor steps",
    "a bias of minus toString",
    "one and a valueOf",
  ])("%s has no number", (text) => {
    expect(values(text)).toEqual([]);
  });

  it("reads a lone word as the whole message or before a unit", () => {
    expect(values("and three?")).toEqual([3]);
    expect(values("with sixteen hidden units")).toEqual([16]);
  });

  it("keeps a vague count vague: a long run, not a number someone said", () => {
    expect(values("hundreds of steps")[0]).toBeGreaterThan(100);
    expect(withDigits("run it for hundreds of steps")).toBe("run it for hundreds of steps");
  });

  it("reads a number joined to its noun as a description, not a value", () => {
    expect(values("the one-unit recurrence with a three-layer stack")).toEqual([]);
    expect(values("thirty-two-step windows")).toEqual([]);
    expect(values("twenty-five steps")).toEqual([25]);
  });

  it("writes the numbers in digits for the rules that look for one", () => {
    expect(withDigits("set the forget bias to three")).toBe("set the forget bias to 3");
    expect(withDigits("minus two")).toBe("-2");
  });
});

describe("dials by their everyday names", () => {
  const exploding = getScenario("how-lstm-handles-exploding-gradients")?.params ?? {};
  const rnnLstm = getScenario("why-lstm-solves-vanishing-gradients")?.params ?? {};

  it.each([
    ["max norm 3", { clipThreshold: 3 }],
    ["clip the gradient at 2", { clipThreshold: 2 }],
    ["a gain of 1.8", { recurrentScale: 1.8 }],
    ["weight scale 2", { recurrentScale: 2 }],
    ["a horizon of 60", { steps: 60 }],
    ["sequence length of sixty", { steps: 60 }],
  ])("%s (exploding)", (text, expected) => {
    expect(extractParams(text, exploding).values).toMatchObject(expected);
  });

  it.each([
    ["forget gate's bias of two", { forgetBias: 2 }],
    ["time horizon 400", { steps: 400 }],
    ["a hidden dimension of eight", { hiddenSize: 8 }],
  ])("%s (rnn vs lstm)", (text, expected) => {
    expect(extractParams(text, rnnLstm).values).toMatchObject(expected);
  });

  it("does not read 'gain some intuition' as a gain", () => {
    expect(extractParams("run it to gain some intuition", exploding).values).toEqual({});
  });
});

describe("what switching to the forget-gate cell does", () => {
  it("says the cell path becomes a product of gates, with its number", () => {
    const text = regime({ variant: "forget-gate", forgetBias: 1, steps: 50 }, ["variant"]);
    expect(text).toMatch(/product of the gates/);
    expect(text).toMatch(/0\.731\d*\^50/);
  });
});
