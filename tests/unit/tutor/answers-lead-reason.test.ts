/**
 * A why about a named term opens on a reason: a glossary sentence that says "because" (from any
 * entry the question names), with "along it" put back as the term; and a sentence the next one
 * leans on ("that is at most…") stays in the reply even when it repeats the opening's words.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { leadSentence } from "@/lib/tutor/answer/lead-sentence";
import { canOpen } from "@/lib/tutor/answer/stands-alone";

const WHY_LESSON = "why-lstm-solves-vanishing-gradients";

describe("the lead sentence of a why", () => {
  it("puts the term back for 'along it'", () => {
    const lead = leadSentence(
      "why does the cell path keep gradients alive",
      "why",
      WHY_LESSON,
      new Set(["cell", "path", "keep", "gradient"]),
    );
    expect(lead).toMatch(/^Going back one step along the cell state/);
  });

  it("prefers a reason from another entry the question names", async () => {
    const r = await respond({
      message: "why does an LSTM's cell state carry the gradient so far back?",
    });
    expect(r.reply).toMatch(/^Because the cell is updated by addition/);
  });

  it("never leaves a quantity pronoun at the start", async () => {
    expect(canOpen("For small biases that is at most 0.73 per step.")).toBe(false);
    expect(canOpen("The gate is a sigmoid, that is a squashing function.")).toBe(true);
    const r = await respond({ message: "why does the LSTM cell state let gradients last?" });
    const first = r.reply.split(/(?<=\.)\s+/);
    const at = first.findIndex((s) => /that is at most/.test(s));
    if (at > 0) expect(first[at - 1]).toMatch(/σ|\\sigma/);
  });
});
