/**
 * The learner's own result, checked by doing the calculation: the reply says first whether it
 * agrees (to the digits the learner wrote), and "right?" after the claim checks it again. A
 * claim the calculator cannot read in full gets no verdict.
 */
import { describe, expect, it } from "vitest";
import { claimedResult } from "@/lib/tutor/dialogue/calc-verdict";
import { thread } from "./thread";

describe("checking the learner's own result", () => {
  it("agrees with a clipped vector worked out right", async () => {
    const [first, again] = await thread([
      "I worked out that clipping (8, 6) at 2.5 gives (2, 1.5)",
      "is that right?",
    ]);
    expect(first?.intent).toBe("calculate");
    expect(first?.reply).toMatch(/^Yes, that's right\./);
    expect(again?.reply).toMatch(/^Yes, that's right\./);
  });

  it("reads no misconception into a right clipped result stated alone", async () => {
    const [reply] = await thread(["so clipping (9, 12) at 3 gives (1.8, 2.4), yes?"]);
    expect(reply?.reply).toMatch(/^Yes, that's right\./);
    expect(reply?.misconceptions ?? []).toEqual([]);
  });

  it("says a right result with a wrong rule is right, then corrects the rule", async () => {
    const [reply] = await thread([
      "clipping (9, 12) at 3 gives (1.8, 2.4) since clipping always sets the length to the threshold, right?",
    ]);
    expect(reply?.reply).toMatch(/^Your result is right, but not the reason: /);
    expect(reply?.reply).not.toMatch(/Yes, that's right|^No:/);
    expect(reply?.misconceptions).toContain("clipping-sets-length");
  });

  it("accepts a result rounded to the digits written", async () => {
    const [reply] = await thread(["my result for 0.85^12 is 0.14"]);
    // 0.85^12 = 0.1422.
    expect(reply?.reply).toMatch(/^Yes, that's right\./);
  });

  it("says a wrong result is wrong and gives the right one", async () => {
    const [reply] = await thread(["I calculated 0.95^20 as 0.5"]);
    expect(reply?.reply).toMatch(/^Not quite: it comes out at 0\.358, not 0\.5\./);
  });

  it("checks a result stated with a tag question", async () => {
    const [reply] = await thread([
      "forget bias 2 means f = 0.881, so after 30 steps the cell keeps about 0.022, correct?",
    ]);
    // 0.8808^30 = 0.0222.
    expect(reply?.reply).toMatch(/^Yes, that's right\./);
  });

  it("reads the number after the last marker as the claim, unless a premise gave it", () => {
    expect(claimedResult("I got 0.0063 for 0.9^50")).toEqual([0.0063]);
    expect(claimedResult("bias 1 gives f ≈ 0.731, so 50 steps keep 1.6e-7, right?")).toEqual([
      1.6e-7,
    ]);
    expect(
      claimedResult("with f ≈ 0.731 the cell keeps 0.731 of it per step, right?"),
    ).toBeUndefined();
  });

  it("does not judge a sum it did not compute", async () => {
    const [reply] = await thread(["I computed 3 * 0.9^10 as 1.05, then halved it"]);
    expect(reply?.reply ?? "").not.toMatch(/Not quite: it comes out/);
  });
});
