/**
 * A correction opens "No: " when the learner asked whether the claim holds, however the question
 * ends, and "Not quite: " when they stated it or asked why it holds.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { asksWhether } from "@/lib/tutor/answer/asks-whether";

describe("asksWhether", () => {
  it.each([
    "does the gru have a separate cell state like the lstm does? quick yes/no",
    "so clipping fixes vanishing too?",
    "lstms can't explode, right? pls",
    "does the gru keep a separate cell state like the lstm",
  ])("a question a No answers: %s", (message) => {
    expect(asksWhether(message)).toBe(true);
  });

  it.each([
    "clipping fixes vanishing gradients too",
    "why does clipping fix vanishing gradients?",
    "how come lstms never explode?",
    "I think lstms can't explode? at least that's what my notes say about the gates",
  ])("not one: %s", (message) => {
    expect(asksWhether(message)).toBe(false);
  });
});

describe("the correction's opener", () => {
  it("answers a yes/no question with a trailing tag with No", async () => {
    const reply = await respond({
      message: "does the gru have a separate cell state like the lstm does? quick yes/no",
      history: [],
    });
    expect(reply.reply).toMatch(/^No: /);
  });

  it("answers a statement with Not quite", async () => {
    const reply = await respond({
      message: "the gru has a separate cell state like the lstm",
      history: [],
    });
    expect(reply.misconceptions).toContain("gru-has-cell-state");
    expect(reply.reply).toMatch(/^Not quite: /);
  });
});
