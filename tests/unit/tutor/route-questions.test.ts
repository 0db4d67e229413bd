/**
 * Routing by the question's form: a conceptual what-if or diagnosis is answered from the course
 * (with a run beside it when a dial is named with a value), a request to run stays a run, and a
 * misconception stated alongside a calculation or a run is corrected and recorded.
 */
import { describe, expect, it } from "vitest";
import { respond, type TutorReply } from "@/lib/tutor";

const ask = (message: string): Promise<TutorReply> => respond({ message }, {});

describe("conceptual questions that name a setting", () => {
  it.each([
    "what happens if I never detach the hidden state between truncation windows?",
    "what would happen if the GRU's update gate bias were negative?",
    "why would a pytorch LSTM fail to learn a dependency over 300 steps with the default init?",
    "my rnn can't learn to remember the first token, anything obvious I'm missing?",
  ])("%s is explained, not only run", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("explain");
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(reply.reply).not.toMatch(/^I ran\b/);
  });

  it.each([
    ["what if I make the residual branch scale 1 in a deep stack?", "residualBranchScale"],
    ["why can't a plain rnn hold a bit over 200 steps?", "steps"],
  ])("%s answers and runs what it named", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("explain");
    expect(reply.plot).toBeDefined();
    expect(reply.reply).toMatch(/\bI ran\b/);
    expect(reply.reply.indexOf("I ran")).toBeGreaterThan(0);
    // Where to read more still closes the reply.
    expect(reply.reply.trim().split("\n\n").at(-1)).toMatch(/^\*/);
  });

  it.each([
    "what if I set the clipping threshold absurdly high, say 5000?",
    "what happens if the gradient clipping threshold is enormous, like 10000?",
  ])("%s: a number no dial claims is not run at the nearest dial", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("explain");
    expect(reply.reply).not.toMatch(/you asked for/);
  });

  it.each([
    ["what if the forget bias is 3 over 200 steps?", { forgetBias: 3, steps: 200 }],
    ["run it with forget bias 2 for 150 steps", { forgetBias: 2, steps: 150 }],
    ["set the forget bias to 4", { forgetBias: 4 }],
  ])("%s is still a run", async (message, params) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("simulate");
    expect(reply.plot?.params).toMatchObject(params);
  });
});

describe("misconceptions stated with a calculation", () => {
  it.each([
    ["clip (0.5, 10) at 5: the 0.5 is already below 5 so it stays", "clipping-not-applied"],
    ["clip (1, 20) at threshold 4, the 1 stays 1 right?", "clipping-not-applied"],
    ["clip (2, 30) at 10, only the 30 gets clipped to 10", "clipping-is-elementwise"],
    [
      "x_T = w^T x_0 with w = 1.2, x_0 = 1, T = 20 gives x_T about 38, so dx_T/dw is also about 38",
      "derivative-is-value",
    ],
  ])("%s", async (message, id) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(reply.misconceptions).toContain(id);
    expect(reply.reply).toMatch(/^(?:Not quite|No): /);
  });

  it("computes the closed form's derivative: T w^(T-1) x_0", async () => {
    const reply = await ask("x_T = w^T x_0 with w = 1.2, x_0 = 1, T = 20: what is dx_T/dw?");
    expect(reply.intent).toBe("calculate");
    // 20 · 1.2^19 · 1 = 638.9
    expect(reply.reply).toMatch(/639/);
    expect(reply.misconceptions ?? []).toEqual([]);
  });

  it("records nothing for a plain calculation", async () => {
    const reply = await ask("clip (6, 8) at 5");
    expect(reply.misconceptions ?? []).toEqual([]);
    expect(reply.reply).toMatch(/^Clipped/);
  });
});
