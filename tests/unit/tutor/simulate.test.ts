import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { respond } from "@/lib/tutor";
import { extractParams } from "@/lib/tutor/simulate/extract";

const params = (id: string) => {
  const s = getScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.params;
};

describe("extractParams", () => {
  it.each([
    [
      "why-lstm-solves-vanishing-gradients",
      "what if the forget bias is 3 over 200 steps?",
      { forgetBias: 3, steps: 200 },
    ],
    ["why-lstm-solves-vanishing-gradients", "b_f = -1 and T=50", { forgetBias: -1, steps: 50 }],
    [
      "why-lstm-solves-vanishing-gradients",
      "with 32 hidden units and a bias of 2",
      { hiddenSize: 32, forgetBias: 2 },
    ],
    [
      "how-lstm-handles-exploding-gradients",
      "spectral radius 1.2, clip at 5",
      { recurrentScale: 1.2, clipThreshold: 5 },
    ],
    [
      "how-lstm-handles-exploding-gradients",
      "learning rate 0.05 and input scale 0.5",
      { learningRate: 0.05, inputScale: 0.5 },
    ],
    [
      "how-to-fix-vanishing-gradients",
      "use relu with 100 layers",
      { stackActivation: "relu", depth: 100 },
    ],
    [
      "what-problem-lstm-solves",
      "the 1997 lstm with a delay of 80 steps",
      { variant: "lstm-1997", steps: 80 },
    ],
  ] as const)("%s: %s", (scenarioId, message, expected) => {
    const { values, unassigned } = extractParams(message, params(scenarioId));
    expect(values).toMatchObject(expected);
    expect(unassigned).toEqual([]);
  });

  it("gives an unnamed number to the fallback parameter, or reports it", () => {
    const defs = params("why-lstm-solves-vanishing-gradients");
    expect(extractParams("what if it were 5?", defs, "forgetBias").values).toEqual({
      forgetBias: 5,
    });
    expect(extractParams("what if it were 5?", defs).unassigned).toEqual([5]);
  });
});

describe("simulate replies", () => {
  it("runs the scenario named by the words and reads the result", async () => {
    const reply = await respond({ message: "what if the forget bias is 3 over 200 steps?" });
    expect(reply.intent).toBe("simulate");
    expect(reply.plot).toEqual({
      scenarioId: "why-lstm-solves-vanishing-gradients",
      params: { steps: 200, forgetBias: 3, hiddenSize: 16, seed: 1 },
    });
    expect(reply.reply).toMatch(/Over 200 steps the RNN keeps .* the LSTM's cell path keeps/);
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });

  it("answers an out-of-range request with the allowed range, not an error", async () => {
    const reply = await respond({ message: "what if the forget bias is 20?" });
    expect(reply.intent).toBe("simulate");
    expect(reply.reply).toMatch(
      /Forget-gate bias can go from -3 to 8 here \(you asked for 20\), so I used 8/,
    );
    expect(reply.plot?.params.forgetBias).toBe(8);
  });

  it("changes the plot on screen: the open lesson's scenario and its current params", async () => {
    const reply = await respond({
      message: "what if it were 5?",
      lessonId: "how-lstm-handles-exploding-gradients",
      params: { steps: 60, recurrentScale: 1.5, clipThreshold: 2 },
      history: [{ role: "user", content: "set the clipping threshold to 2" }],
    });
    expect(reply.plot?.scenarioId).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.plot?.params).toMatchObject({ steps: 60, recurrentScale: 1.5, clipThreshold: 5 });
  });

  it("uses the lesson's main dial when nothing says which setting a number is for", async () => {
    const reply = await respond({
      message: "what if it were 3?",
      lessonId: "why-lstm-solves-vanishing-gradients",
      params: { steps: 100, forgetBias: 1 },
    });
    expect(reply.plot?.params).toMatchObject({ steps: 100, forgetBias: 3 });
  });

  it("clamps integer parameters and names the unit", async () => {
    const reply = await respond({
      message: "what if we use 9000 steps",
      lessonId: "why-lstm-solves-vanishing-gradients",
    });
    expect(reply.reply).toMatch(
      /Sequence length can go from 5 to 500 steps here \(you asked for 9000\)/,
    );
    expect(reply.plot?.params.steps).toBe(500);
  });
});
