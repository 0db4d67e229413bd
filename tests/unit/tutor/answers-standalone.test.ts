/**
 * An answer's first sentence stands alone: a pronoun whose noun only an earlier sentence names
 * ("A positive bias starts it near 1") is either put back ("starts the forget gate") or the
 * sentence does not open the reply.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { canOpen, outsidePronoun } from "@/lib/tutor/answer/stands-alone";

describe("a pronoun that points outside its sentence", () => {
  it.each([
    "A positive bias $b_f$ starts it near 1, so the cell keeps its content.",
    "The backward pass multiplies it by the forget gate at every step.",
    "Each update scales them down by the same factor.",
  ])("leans back: %s", (s) => {
    expect(outsidePronoun(s)).toBeDefined();
    expect(canOpen(s)).toBe(false);
  });

  it.each([
    "The LSTM does not store everything it has seen: the cell is a fixed-size vector.",
    "The cell keeps its content when the gate is near 1.",
    "The norm of the gradient bounds it from above.",
    "Clipping the gradient rescales it to the threshold.",
    "A gate that multiplies the cell decides how much of it survives.",
  ])("stands alone: %s", (s) => {
    expect(outsidePronoun(s)).toBeUndefined();
  });
});

describe("a why answer opening on a glossary sentence names its subject", () => {
  it.each([
    "why would a forget bias of 2 help the gradient?",
    "why is a positive forget gate bias a good idea",
  ])("%s", async (message) => {
    const reply = await respond({ message, history: [] }, {});
    const first = reply.reply.split(/(?<=[.;])\s/)[0] ?? "";
    expect(first).not.toMatch(/\bstarts it\b/);
    expect(reply.reply).toMatch(/forget gate/i);
  });
});

describe("asked how to prevent or fix something, the remedy opens", () => {
  it.each(["how do you prevent exploding gradients?", "how to stop exploding gradients"])(
    "%s",
    async (message) => {
      const reply = await respond({ message, history: [] }, {});
      expect(reply.reply).toMatch(/^Clipping\b/);
      // The remedy is not said twice in other words.
      expect(reply.reply.split("\n\n")[0]?.match(/standard fix/g)?.length).toBe(1);
    },
  );
});
