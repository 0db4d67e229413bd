/**
 * "So what do people do about it?" after a problem asks for its remedy; "huh?" after a
 * definition and a second answer gets the glossary's plain wording back, not a stray passage.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

describe("asking for the remedy on the thread", () => {
  it.each(["ok so what do practitioners do?", "how do people deal with that?"])(
    "%s names the fix",
    async (followUp) => {
      const reply = await lastReply(["do GRUs ever explode?", followUp]);
      expect(reply.intent).toBe("explain");
      expect(reply.reply).toMatch(/clip/i);
      expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
    },
  );
});

describe("lost after a definition and a second answer", () => {
  it("gets the definition's plain wording", async () => {
    const reply = await lastReply([
      "what are residual connections?",
      "so how does that help backprop?",
      "I'm lost",
    ]);
    expect(reply.citations[0]?.id).toBe("how-to-fix-vanishing-gradients");
    expect(reply.reply).toMatch(/identity|skip/i);
  });

  it("does not repeat the definition it has just given", async () => {
    const [defined, lost] = await Promise.all([
      lastReply(["what's a skip connection?"]),
      lastReply(["what's a skip connection?", "I'm lost"]),
    ]);
    expect(lost.reply.split("\n\n")[0]).not.toBe(defined.reply.split("\n\n")[0]);
  });
});
