/**
 * A correction carries the facts the learner's claim calls for (misconception-key-facts.ts):
 * the remedy to a bias left at 0, that clipping never lengthens, the derivative at the
 * learner's own numbers; a claim that does not make that part gets the entry's correction only.
 */
import { describe, expect, it } from "vitest";
import { getMisconception } from "@/lib/content";
import { correctionFor } from "@/lib/tutor/answer/misconception-key-facts";

describe("correctionFor", () => {
  it("works the derivative of x_T = w^T x_0 at the message's numbers", () => {
    const c = correctionFor(
      "derivative-is-value",
      "with w = 1.1, x_0 = 0.5, T = 50 the gradient is x_T",
    );
    expect(c?.correction).toContain("50 \\cdot 1.1^{49} \\cdot 0.5 \\approx 2668");
    expect(c?.correction).toContain("x_T \\approx 58.7");
  });

  it("adds the remedy when the bias is left at 0", () => {
    expect(
      correctionFor("forget-bias-irrelevant", "I leave the forget bias at 0, it hardly matters")
        ?.correction,
    ).toMatch(/positive, 1 or more/);
  });

  it("keeps the entry's correction when the claim does not make that part", () => {
    expect(correctionFor("clipping-fixes-vanishing", "clipping fixes vanishing")).toEqual(
      getMisconception("clipping-fixes-vanishing"),
    );
    expect(
      correctionFor("clipping-fixes-vanishing", "clipping handles tiny gradients too")?.correction,
    ).toMatch(/never lengthens/);
  });
});
