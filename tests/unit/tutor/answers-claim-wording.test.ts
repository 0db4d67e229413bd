/**
 * Misconceptions in wordings no phrasing foresees, read by meaning once many-word ideas are
 * rewritten to one word (claim-wording.ts), and phrasings that no longer stop at a decimal
 * point. The corrected reply opens with its verdict.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { ideaWording } from "@/lib/tutor/answer/claim-wording";
import { claimsStated } from "@/lib/tutor/answer/misconception-meaning";
import { dotsWithinClause, detectMisconceptions } from "@/lib/tutor/answer/misconceptions";

describe("ideaWording", () => {
  it("reads Hochreiter's '97 as the 1997 LSTM and a framework as modern practice", () => {
    expect(ideaWording("like hochreiter did in 97")).toMatch(/like\s+1997/);
    expect(ideaWording("as in '97")).toMatch(/1997/);
    expect(ideaWording("0.97 per step")).toBe("0.97 per step");
    expect(ideaWording("pytorch's lstm")).toMatch(/modern\s+lstm/);
  });

  it("reads 'a c_t and an h_t' as a separate cell, and '[-1, 1]' as bounded", () => {
    expect(ideaWording("it has a c_t and an h_t")).toMatch(/separate cell state/);
    expect(ideaWording("squashes into [-1, 1]")).toMatch(/bounded/);
    expect(ideaWording("between -1 and 1")).toMatch(/bounded/);
    expect(ideaWording("between -1 and 10")).not.toMatch(/bounded/);
  });

  it("reads too-small gradients as vanishing and too-big ones as exploding", () => {
    expect(ideaWording("too-small gradients")).toMatch(/vanishing/);
    expect(ideaWording("too big gradients")).toMatch(/exploding/);
  });

  it("reads certainty as 'always'", () => {
    expect(ideaWording("it must decay")).toMatch(/always\s+decay/);
    expect(ideaWording("it shrinks from the very first step")).toMatch(/shrinks\s+always/);
  });

  it("reads 'under 1' and '< 1' as 'below 1', and nothing else as below", () => {
    expect(ideaWording("eigenvalues under 1")).toMatch(/below\s+1/);
    expect(ideaWording("radius < 1")).toMatch(/below\s+1/);
    expect(ideaWording("under the threshold")).not.toMatch(/below/);
  });

  it("reads the number named as the clipping threshold as the threshold where it comes back", () => {
    expect(ideaWording("clipping at 5 gives a norm of exactly 5")).toMatch(
      /clipping at 5 .*exactly\s+threshold/,
    );
    expect(ideaWording("clipping at 5 gives a norm of 50")).not.toMatch(/threshold/);
    expect(ideaWording("a norm of 5 and a threshold of 2")).toBe(
      "a norm of 5 and a threshold of 2",
    );
  });

  it("reads a change from one number to a larger one as 'bigger'", () => {
    expect(ideaWording("going from 128 to 1024 units")).toMatch(/1024 bigger/);
    expect(ideaWording("from 1024 down to 128 units")).toMatch(/128 smaller/);
  });
});

describe("dotsWithinClause", () => {
  it("lets a decimal point through a clause, not a full stop", () => {
    const re = new RegExp(dotsWithinClause(String.raw`tiny[^?.]*explode`), "i");
    expect(re.test("tiny (like 0.01) but they still explode")).toBe(true);
    expect(re.test("tiny. Then it may explode")).toBe(false);
  });

  it("leaves an escaped bracket and a class without the full stop alone", () => {
    expect(dotsWithinClause(String.raw`(?:\[|\()?x[^?]*y`)).toBe(String.raw`(?:\[|\()?x[^?]*y`);
  });
});

describe("misconceptions in unforeseen wordings", () => {
  it.each([
    [
      "my recurrent weights are all tiny (like 0.01) but they'll still explode",
      "explosion-without-large-weights",
    ],
    ["clipping at 5 always gives a norm of exactly 5", "clipping-sets-length"],
    ["eigenvalues under 1 must decay", "spectral-radius-suffices"],
    ["going from 128 to 1024 hidden units fixes vanishing", "bigger-hidden-fixes-vanishing"],
  ])("%s → %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    "eigenvalues under 1 don't guarantee decay",
    "clipping at 5 leaves a gradient of norm 3 unchanged",
  ])("states none of them: %s", (message) => {
    const found = claimsStated(message);
    expect(found).not.toContain("spectral-radius-suffices");
    expect(found).not.toContain("clipping-sets-length");
  });

  it("opens the reply with the verdict, then the reason", async () => {
    const reply = await respond({ message: "eigenvalues under 1 must decay", history: [] }, {});
    expect(reply.misconceptions).toContain("spectral-radius-suffices");
    expect(reply.reply).toMatch(/^(?:No|Not quite): /);
  });
});
