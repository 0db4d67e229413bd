/**
 * A stall described as "stuck at chance" is a vanishing-gradient sign; a what-if may name its
 * subject before the condition ("what happens to the cell if…"); and a sentence touring a
 * plot's curves ("Curve B is…") is not quoted into a diagnosis when no plot was asked for.
 */
import { describe, expect, it } from "vitest";
import { classify, respond } from "@/lib/tutor";
import { symptomRegime } from "@/lib/tutor/retrieval/symptoms";

describe("more signs and forms", () => {
  it.each([
    "my GRU stays near chance accuracy on the copy task",
    "the loss never goes down on a 200-step delay, no NaNs",
    "chance-level loss for hours",
  ])("%j reads as vanishing", (message) => {
    expect(symptomRegime(message)).toBe("vanishing");
  });

  it("reads a what-if whose subject comes first", () => {
    expect(classify("what would happen to the gradient if the gates saturate?")).toBe("what-if");
    expect(classify("what happens to the hidden state when W is orthogonal")).toBe("what-if");
  });

  it("diagnoses a stall at chance without touring the plot", async () => {
    const r = await respond({
      message: "my rnn hovers at chance loss on a long-delay task and nothing spikes, why?",
    });
    expect(r.reply).toMatch(/vanishing gradient/);
    expect(r.reply).not.toMatch(/Curve [AB]\b/);
  });
});
