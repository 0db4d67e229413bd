import { describe, expect, it } from "vitest";
import { classify } from "@/lib/tutor";
import { PREMISE_WEIGHT, premiseWeights } from "@/lib/tutor/retrieval/premise";

describe("a leading premise counts less than the question after it", () => {
  it("weights down words found only in the premise", () => {
    const w = premiseWeights("If the forget gate is below 1, why clip?");
    expect(w?.get("forget")).toBe(PREMISE_WEIGHT);
    expect(w?.has("clip")).toBe(false);
  });
  it("keeps a word the question proper repeats at full weight", () => {
    const w = premiseWeights("since tanh is bounded by 1, why does tanh still vanish?");
    expect(w?.has("tanh")).toBe(false);
  });
  it("leaves a conditional claim alone", () => {
    expect(premiseWeights("if I use relu, it won't vanish")).toBeUndefined();
  });
});

describe("asking for the reason is a why question", () => {
  it.each([
    "what was the reason they cut off part of the gradient?",
    "what's the reason for a positive forget bias",
  ])("%s", (q) => expect(classify(q)).toBe("why"));
});
