/**
 * Classes of misconception wording: a tiny magnitude named as the symptom, a gated network's
 * gradient said to be bounded, a direction "somewhere else", "nothing is multiplied", a setting
 * that "won't matter", one component said to be the only one clipped, the GRU convention of a
 * paper, and the true statements that share their words (a remedy denied, a transient conceded).
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions } from "@/lib/tutor";
import { claimOrLeading } from "@/lib/tutor/answer/misconception-claim-form";

describe("misconception wordings by class", () => {
  it.each([
    [
      "my step-1 grads are about 1e-7 so I'm enabling clipping to fix that",
      "clipping-fixes-vanishing",
    ],
    [
      "gradients look basically zero early on, so I'll simply add clip_grad_norm",
      "clipping-fixes-vanishing",
    ],
    [
      "in a gru every gradient through time stays bounded since the gates are sigmoids",
      "lstm-never-explodes",
    ],
    ["clipping by norm steers the step towards a new direction", "clipping-changes-direction"],
    ["back along the carousel nothing is multiplied at all", "gates-remove-all-multiplication"],
    ["the sigmoid's slope climbs to 1 at zero", "sigmoid-derivative-one"],
    ["b_f could be 0 or 3, it makes no difference for long gaps", "forget-bias-irrelevant"],
    ["it won't matter much what forget bias I pick", "forget-bias-irrelevant"],
    ["leaving b_z at zero is fine for a 300-step dependency", "update-bias-irrelevant"],
    ["with g = (2, 50) and a threshold of 10 only the 50 gets scaled down", "clipping-not-applied"],
    ["the components that are less than theta stay as they are", "clipping-not-applied"],
    [
      "I use the chung et al. gru with a positive update bias of 3 and it wipes its memory every step",
      "gru-convention-mixup",
    ],
    [
      "orthogonal init and I never have to worry about the gradients for the whole training",
      "init-fixes-training-forever",
    ],
  ])("%s → %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it("puts clipping's own claim first when clipping is named as the fix for both failures", () => {
    expect(
      detectMisconceptions("clipping takes care of vanishing and exploding gradients both")[0],
    ).toBe("clipping-fixes-vanishing");
    // Said as one remedy for two failures, the general claim leads.
    expect(
      detectMisconceptions("vanishing and exploding are the same problem, clipping cures both")[0],
    ).toBe("explosion-treated-as-vanishing");
  });

  it.each([
    "clipping cannot fix vanishing because it never makes a gradient longer",
    "gradient clipping won't help vanishing gradients at all",
    "spectral radius under 1 means the gradient decays eventually, though it may grow initially",
    "the lstm cell path is bounded by the product of its forget gates",
    "the cell update is just addition, but going back it still multiplies by f_t",
    "the forget bias matters a lot: at 0 the gate starts at 0.5",
  ])("flags no claim in the true statement %s", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });

  it("reads ', which is why' as a statement, not a question", () => {
    expect(claimOrLeading("the cell is pure addition, which is why it works")).toBe(true);
    expect(claimOrLeading("lstm or gru, which is better for long lags?")).toBe(false);
  });
});
