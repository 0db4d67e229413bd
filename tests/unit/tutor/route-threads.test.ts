/** Follow-ups on a plot question: "and the lstm?" after "what does the gru curve show?" reads the same run. */
import { describe, expect, it } from "vitest";
import { thread } from "./thread";

describe("a plot question, then the other curve", () => {
  it.each([
    ["run the gru vs lstm sim with update bias 4", "what does the gru curve show", "and the lstm?"],
    [
      "compare gru and lstm with forget bias 3",
      "why does the lstm line drop?",
      "what about the gru?",
    ],
    [
      "run gru against lstm with update bias 2",
      "what is the lstm curve doing here?",
      "and the rnn?",
    ],
  ])("%s → %s → %s", async (run, plotQuestion, other) => {
    const [first, , last] = await thread([run, plotQuestion, other]);
    expect(last?.intent).toBe("simulate");
    expect(last?.plot).toEqual(first?.plot);
    expect(last?.citations[0]?.id).toBe(first?.citations[0]?.id);
  });
});

describe("a follow-up to a calculation knows what the result was about", () => {
  it.each([
    ["sigmoid(2)^50", "what does that mean for an lstm?"],
    ["sigma(3)^100", "so what does this tell me about lstms?"],
    ["sigmoid(4)^200", "what does that mean for the lstm?"],
  ])("%s → %s", async (calc, followUp) => {
    const [first, last] = await thread([calc, followUp]);
    expect(first?.intent).toBe("calculate");
    expect(last?.intent).toBe("explain");
    expect(last?.state?.terms).toEqual(expect.arrayContaining(["forget"]));
    expect(last?.reply).toMatch(/forget|b_f/i);
  });
});
