/**
 * Terse follow-ups that only make sense against the thread's regime or framework: the other
 * side of 1, the fix for the problem just described, the thread's question in another
 * framework. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { followUpOf } from "@/lib/tutor/dialogue/followup";
import { lastReply } from "./thread";

describe("the other side of 1", () => {
  it.each([
    [
      "so the gradient shrinks to nothing when each step multiplies by less than 1",
      "what if it's bigger than one?",
    ],
    ["right, vanishing happens because every factor is below 1", "and above 1?"],
  ])("%s → %s explains explosion", async (first, second) => {
    const reply = await lastReply([first, second]);
    expect(reply.reply).toMatch(/explod/i);
    expect(reply.reply).toMatch(/greater than 1|above 1/i);
  });

  it("goes back to vanishing from an exploding thread", async () => {
    const reply = await lastReply([
      "gradients explode when the factor per step is above 1",
      "ok and if that's less than 1?",
    ]);
    expect(reply.reply).toMatch(/vanish/i);
  });
});

describe("the fix for the problem the thread described", () => {
  it.each([
    ["my gru training diverges, the loss is inf after an hour", "how can i fix that?"],
    ["gradient norm blows up to 1e7 every few hundred steps", "so how do we prevent it"],
  ])("%s → %s says norm clipping", async (first, second) => {
    const reply = await lastReply([first, second]);
    expect(reply.reply).toMatch(/clip/i);
    expect(reply.reply).toMatch(/norm|threshold/i);
  });

  it("is not the recurrent fix when the thread is about a deep stack", async () => {
    const reply = await lastReply([
      "can a deep residual stack blow up too?",
      "how do you stop that then",
    ]);
    expect(reply.reply).not.toMatch(/^Clipping is the standard fix/);
  });
});

describe("a framework alone", () => {
  it.each(["tensorflow?", "and torch then?", "in jax?"])("%s asks in that framework", (m) => {
    expect(followUpOf(m)).toMatchObject({ kind: "what-about", via: "in" });
  });

  it("says PyTorch leaves the forget bias to you", async () => {
    const reply = await lastReply(["what's the point of a forget bias of 1 in an lstm?", "torch?"]);
    expect(reply.reply).toMatch(/bias/i);
    expect(reply.reply).toMatch(/by hand|yourself|fill|no constructor argument/i);
  });
});
