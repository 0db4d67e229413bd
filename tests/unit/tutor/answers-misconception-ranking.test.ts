/**
 * A phrase that catches a neighbour of the claim made gives way to the entry the whole message
 * is clearly about (misconception-ranking.ts); the phrase's entry is still recorded.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions } from "@/lib/tutor/answer/misconceptions";
import { sharperMisconception } from "@/lib/tutor/answer/misconception-ranking";

describe("sharperMisconception", () => {
  it("prefers the forget gate's starting value over 'remembers everything'", () => {
    const message = "a new lstm's forget gate begins at about 1, so it remembers everything";
    expect(detectMisconceptions(message)[0]).toBe("forget-gate-always-one");
  });

  it("leaves a phrase's entry alone when the message says nothing more specific", () => {
    expect(
      sharperMisconception("an lstm remembers everything it has seen", ["lstm-stores-everything"]),
    ).toBeUndefined();
  });

  it("reads no claim into a question", () => {
    expect(
      sharperMisconception("does the forget gate start at 1 so the lstm remembers everything?", [
        "lstm-stores-everything",
      ]),
    ).toBeUndefined();
  });
});
