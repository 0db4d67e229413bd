/**
 * Misconceptions in wordings the detectors did not cover before: the remedy named after the
 * symptom, a claim inside a longer, more specific one, the long-lag claim, starting values; and
 * the same words denied, which must not be recorded.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions, respond } from "@/lib/tutor";

describe("stated misconceptions are detected", () => {
  it.each([
    [
      "the gradient keeps vanishing after 80 steps, so adding clip_grad_norm should sort it out",
      "clipping-fixes-vanishing",
    ],
    ["vanishing gradients again, I'll simply enable gradient clipping", "clipping-fixes-vanishing"],
    [
      "with skip connections the gradient is still just the product of the branch jacobians",
      "residual-path-still-multiplies",
    ],
    ["after clipping, only the largest entries get scaled, right?", "clipping-not-applied"],
    ["when the norm is too big the small entries remain as they are", "clipping-not-applied"],
    [
      "gated rnns are overrated, they are no better than a plain rnn",
      "lstm-no-better-on-long-lags",
    ],
    ["an lstm doesn't reach further back than a vanilla rnn does", "lstm-no-better-on-long-lags"],
    ["doesn't the forget gate begin at 1?", "forget-gate-always-one"],
    [
      "if you init with identity it remains stable for the rest of training",
      "init-fixes-training-forever",
    ],
  ])("%s -> %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it("keeps the more specific of two claims made by the same words", () => {
    const found = detectMisconceptions("in a gru the update-gate bias barely matters");
    expect(found).toEqual(["update-bias-irrelevant"]);
    // The forget gate's own claim is still the forget gate's.
    expect(detectMisconceptions("the forget-gate bias barely matters")).toEqual([
      "forget-bias-irrelevant",
    ]);
  });

  it("reads 'clipping handles both' as the two failures taken for one", () => {
    const found = detectMisconceptions(
      "vanishing and exploding are one problem really, so clipping handles both",
    );
    expect(found[0]).toBe("explosion-treated-as-vanishing");
  });
});

describe("denied or true claims are not recorded", () => {
  it.each([
    "my gradient vanishes and I know clipping won't fix that",
    "an lstm learns long lags much better than a tanh rnn",
    "the lstm is not just hype",
    "the forget gate starts at 0.5 when its bias is 0",
  ])("%s", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });
});

describe("the correction is what the reply opens with", () => {
  it("corrects the long-lag claim and cites the lesson that teaches it", async () => {
    const reply = await respond(
      { message: "an lstm won't learn a 100-step lag any better than a tanh rnn", history: [] },
      {},
    );
    expect(reply.misconceptions).toEqual(["lstm-no-better-on-long-lags"]);
    expect(reply.reply).toMatch(
      /^Not quite: The LSTM's cell path multiplies the error only by its forget gates/,
    );
    expect(reply.citations.length).toBeGreaterThan(0);
  });
});
