import { describe, expect, it } from "vitest";
import { classifiedMisconception } from "@/lib/tutor/answer/misconception-classifier";
import { detectMisconceptions } from "@/lib/tutor";

describe("the misconception classifier", () => {
  it.each([
    [
      "rescaling by the norm points the gradient somewhere else, so clipping bends the update",
      "clipping-changes-direction",
    ],
    ["the forget gate output sits at 1 basically all the time", "forget-gate-always-one"],
    [
      "once the norm is over the threshold, the small entries stay untouched and only the big ones get scaled",
      "clipping-not-applied",
    ],
    [
      "bptt sums up the jacobians of each step, so small ones only add a little",
      "gradients-add-over-time",
    ],
  ])("reads %j as %s", (message, id) => {
    expect(classifiedMisconception(message)).toBe(id);
  });

  // A wrong "No:" to a true statement is worse than a missed correction: these must abstain.
  it.each([
    "clipping by norm keeps the gradient's direction and just shortens it",
    "an lstm can still explode through the hidden state, so people clip anyway",
    "the forget gate starts near 0.5 when its bias is zero",
    "the gru has no separate cell, only h",
    "tanh bounds the hidden values but not the gradient",
    "a plain rnn can learn short dependencies fine",
    "residual shortcuts have no parameters",
    "clipping leaves gradients shorter than the threshold alone",
    "the sigmoid's derivative is at most a quarter",
  ])("abstains on the true statement %j", (message) => {
    expect(classifiedMisconception(message)).toBeUndefined();
    expect(detectMisconceptions(message)).toEqual([]);
  });

  it.each([
    "is the gradient a sum over the time steps? then where does the product come from",
    "my loss is NaN after a few hours and the grad norm jumps to 1e6 right before. what's going on",
    "if each step keeps 0.8 of the gradient, after how many steps is it below 1e-6?",
  ])("abstains on the question %j", (message) => {
    expect(classifiedMisconception(message)).toBeUndefined();
  });
});
