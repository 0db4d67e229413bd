/**
 * Runs asked for in words and at the edges of a scenario: counts in words ("two hundred steps",
 * "hundreds of steps") are bound to their dial and clamped with a note naming what was asked, a
 * GRU with a negative update bias is not described with a bound its own run exceeds, and a long
 * 1997 run says what the missing forget gate does on a stream.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { regime } from "@/lib/tutor/simulate/regime";
import { lastReply } from "./thread";

const params = getScenario("why-lstm-solves-vanishing-gradients")?.params ?? {};

describe("counts in words", () => {
  it.each([
    ["lstm vs rnn over two hundred steps", 200],
    ["lstm vs rnn over a hundred steps", 100],
    ["lstm vs rnn over three thousand steps", 3000],
  ])("%s", (message, steps) => {
    expect(extractParams(message, params).values.steps).toBe(steps);
  });

  it("reads a vague count as a long run and keeps its words for the note", () => {
    const e = extractParams("run it for hundreds of steps", params);
    expect(e.values.steps).toBeGreaterThan(100);
    expect(e.spoken.steps).toBe("hundreds");
  });

  it("clamps a count beyond the dial's range and says so, instead of dropping it", async () => {
    const reply = await lastReply(["run the 1997 lstm for thousands of steps"]);
    const max = getScenario(reply.plot?.scenarioId ?? "")?.params.steps;
    expect(max?.kind).toBe("number");
    expect(reply.plot?.params.steps).toBe(max?.kind === "number" ? max.max : NaN);
    expect(reply.reply).toMatch(/you asked for thousands/);
  });
});

describe("what a run's dials mean", () => {
  it("gives a negative GRU update bias's z^T as the copy path's share, not as a bound", () => {
    const text = regime({ updateBias: -2, steps: 100 }, ["updateBias"]);
    expect(text).not.toMatch(/at most/);
    expect(text).toMatch(/copy path alone/);
    expect(text).toMatch(/candidate/);
  });

  it("says a long 1997 run's cell can saturate on a stream", () => {
    expect(regime({ variant: "lstm-1997", steps: 300 }, ["variant"])).toMatch(/saturates/);
    expect(regime({ variant: "lstm-1997", steps: 50 }, ["variant"])).not.toMatch(/saturates/);
  });
});

describe("a number nobody named", () => {
  it("goes to the dial talked about when it could be one of its values", () => {
    expect(extractParams("and 4?", params, "forgetBias").values.forgetBias).toBe(4);
  });

  it("is not guessed to be a dial whose range it lies outside, and is reported instead", () => {
    const e = extractParams("it should remember 100", params, "forgetBias");
    expect(e.values.forgetBias).toBeUndefined();
    expect(e.unassigned).toEqual([100]);
  });

  it("is not guessed to be a whole-number dial when it has a fraction", () => {
    const e = extractParams("try 2.5", params, "hiddenSize");
    expect(e.values.hiddenSize).toBeUndefined();
  });
});
