/**
 * Run requests said as a setup rather than an order: a clause that qualifies the setup ("where
 * only the lstm gets …") is no statement, a range the learner spans or tried sets no dial, and
 * a comparison that names two values of a choice runs the one given as the setting.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { lastReply } from "./thread";

const params = (id: string) => getScenario(id)?.params ?? {};

describe("setup wordings", () => {
  it("runs a comparison whose dial is given in a where-clause", async () => {
    const reply = await lastReply(["gru vs lstm in which only the gru gets update bias 2.5"]);
    expect(reply.plot?.scenarioId).toBe("gru-vs-lstm");
    expect(reply.plot?.params).toMatchObject({ updateBias: 2.5, forgetBias: 1 });
  });

  it.each([
    ["spectral sweep with tanh, anywhere from 8 to 24 units, 40 steps", { steps: 40 }],
    ["spectral sweep, I tried 4 to 16 hidden units, relu", {}],
    ["spectral sweep with somewhere between 3 and 30 units and 70 steps", { steps: 70 }],
  ])("%s sets neither end of the range", (message, want) => {
    const got = extractParams(message, params("spectral-radius-sweep"));
    expect(got.values.hiddenSize).toBeUndefined();
    expect(got.unassigned).toEqual([]);
    expect(got.values).toMatchObject(want);
  });

  it("still reads a length moved from one value to another", () => {
    const got = extractParams("run it from 50 to 120 steps", params("gru-vs-lstm"));
    expect(got.values.steps).toBe(120);
  });

  it("runs the choice given as the setting when a comparison names both", () => {
    const got = extractParams(
      "identity vs orthogonal init, plot the chains using orthogonal",
      params("how-to-fix-vanishing-gradients"),
    );
    expect(got.values.recurrentInit).toBe("orthogonal");
  });
});
