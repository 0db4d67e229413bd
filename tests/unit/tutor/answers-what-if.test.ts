/**
 * A what-if about the clipping condition opens on what happens to the gradient, whichever order
 * the learner names the threshold and the norm in; the passage after it states the rule.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { clipWhatIfOpening } from "@/lib/tutor/answer/clip-what-if";

describe("the side of the threshold the norm is on", () => {
  it.each([
    ["what if theta is larger than the norm of the gradient?", /^The gradient is left unchanged/],
    [
      "what happens when the grad norm is smaller than the clip value",
      /^The gradient is left unchanged/,
    ],
    ["what if the gradient's norm is above the threshold?", /^The gradient is rescaled/],
    ["suppose my threshold is lower than the gradient norm", /^The gradient is rescaled/],
    ["what if I clip with a really big threshold, say 500?", /never acts on an ordinary step/],
    ["what if the clipping threshold is tiny?", /nearly every step is clipped/],
  ])("%s", (message, opening) => {
    expect(clipWhatIfOpening(message)).toMatch(opening);
  });

  it.each(["what if the forget bias is larger than 3?", "what if I clip at the norm?"])(
    "no verdict: %s",
    (message) => {
      expect(clipWhatIfOpening(message)).toBeUndefined();
    },
  );
});

describe("the reply", () => {
  it("opens on the verdict and cites the clipping lesson", async () => {
    const reply = await respond(
      { message: "what happens if the norm of the gradient is below theta?", history: [] },
      {},
    );
    // The calculation path answers it when it can show a norm; either way the verdict leads.
    expect(reply.reply).toMatch(/^(?:Nothing happens: )?the gradient is left \**unchanged/i);
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("a what-if that scales the threshold while the norm is above it", () => {
  it("says the clipped step scales with it", () => {
    expect(
      clipWhatIfOpening("what if I halve theta while the grad norm stays well above it?"),
    ).toMatch(/^The gradient is rescaled.*Scaling the threshold scales every clipped step/);
  });
});
