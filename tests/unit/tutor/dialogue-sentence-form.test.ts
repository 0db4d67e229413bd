/**
 * Run or explain by the sentence's form: reports, claims, worries, tag questions and statements
 * that quote dial values are explained; requests and bare lists of settings run.
 */
import { describe, expect, it } from "vitest";
import { calculate } from "@/lib/tutor";
import { comparesIdeas, describesCase, reportsWithoutAsking } from "@/lib/tutor/dialogue/run-form";
import { lastReply } from "./thread";

describe("describesCase", () => {
  it.each([
    "threshold 3 means the clipped gradient always has norm 3",
    "our LSTM has 512 units and a forget bias of 0 and it still forgets after 20 steps",
    "I'm worried a scale of 1.2 will blow up over 300 steps",
    "I'll just raise the hidden size to 2048, that should fix it",
    "LSTM forgets after 15 steps with bias 0, any ideas?",
    "a forget bias of 2 keeps everything for 100 steps, right?",
    "with 300 steps the lstm gradient is still large",
  ])("a report or a claim: %s", (message) => {
    expect(describesCase(message)).toBe(true);
  });

  it.each([
    "forget bias 4, 300 steps",
    "run the exploding case with scale 1.2",
    "what if the forget bias is 2 over 150 steps?",
    "set the clipping threshold to 3",
    "I'd like to see the gru vs lstm with update bias 3",
    "GRU against LSTM, both gate biases at 1, 50 steps",
    "recurrent scale 1.5 for 60 steps, and what does clipping at 2 do",
    "I want the residual stack with 60 layers",
    "lstm vs rnn where the forget bias is 4 and there are 120 steps",
    "keep the bit for 150 steps with the 1997 lstm",
  ])("a request or a list of settings: %s", (message) => {
    expect(describesCase(message)).toBe(false);
  });

  it("tells a comparison of ideas from a comparison to run", () => {
    expect(comparesIdeas("compare gradient clipping by value and by norm")).toBe(true);
    expect(comparesIdeas("compare gru and lstm over 300 steps")).toBe(false);
  });

  it("keeps a calculation for a report that asks for a number", () => {
    expect(reportsWithoutAsking("my gru has update bias 0 and forgets after 25 steps, why?")).toBe(
      true,
    );
    expect(reportsWithoutAsking("my forget bias is 2, how much is left after 30 steps?")).toBe(
      false,
    );
  });
});

describe("a message quoting dial values is explained unless it asks for a run", () => {
  it.each([
    "threshold 3 means the clipped gradient always has norm 3",
    "I'm worried a recurrent scale of 1.2 will blow up over 300 steps",
    "apparently a forget bias of 1 is what tensorflow uses",
    "clipping at threshold 4 only shortens big gradients, correct?",
    "compare gradient clipping by value and by norm",
  ])("%s", async (message) => {
    const reply = await lastReply([message]);
    expect(reply.plot).toBeUndefined();
    expect(reply.intent).not.toBe("simulate");
  });

  it.each([
    ["forget bias 4, 300 steps", { forgetBias: 4, steps: 300 }],
    ["GRU against LSTM, both gate biases at 1, 50 steps", { forgetBias: 1, updateBias: 1 }],
    ["the remember-a-bit task with distractors bumped up to 0.8", { distractors: 0.8 }],
  ])("runs %s", async (message, params) => {
    const reply = await lastReply([message]);
    expect(reply.intent).toBe("simulate");
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("reads the scenario from the word before a run noun, not from a purpose clause", async () => {
    const reply = await lastReply(["run the exploding one with input size 1.2 so relu saturates"]);
    expect(reply.plot?.scenarioId).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.plot?.params).toMatchObject({ inputScale: 1.2 });
  });
});

describe("calculations said in words", () => {
  it.each([
    ["h_t = 0.8 h_{t-1}: what fraction of the gradient survives 20 steps?", 0.8 ** 20],
    ["forget bias b = 1.5 — what is |dc_T/dc_0| after T = 25 steps?", 0.8175744761936437 ** 25],
    ["per-step factors 1.3, 0.6, 0.9, 1.1: what's the combined factor?", 1.3 * 0.6 * 0.9 * 1.1],
    ["sigmoid(2) to the power 40", 0.8807970779778823 ** 40],
    ["the gradient is scaled by 0.7 at every step, how much is left after 15 steps?", 0.7 ** 15],
    ["each jacobian has norm 0.5; how small is the gradient after 8 steps?", 0.5 ** 8],
  ])("%s", (message, expected) => {
    const text = calculate(message)?.text ?? "";
    const shown = /\*\*([-\d.e+]+)\*\*/.exec(text)?.[1];
    expect(Number(shown)).toBeCloseTo(expected, Math.max(2, -Math.floor(Math.log10(expected)) + 2));
  });
});
