/**
 * A lesson or scenario named by its id is a name, not a claim: "run the
 * why-lstm-solves-vanishing sim" must not be answered "Not quite" as if the learner had said that
 * LSTMs solve vanishing, while the same words said as a claim are still corrected.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions, respond } from "@/lib/tutor";

describe("names of lessons and scenarios", () => {
  it.each([
    "run the why-lstm-solves-vanishing sim with 200 steps",
    "open why-lstm-solves-vanishing-gradients please",
    "what does the how-lstm-handles-exploding-gradients demo show?",
  ])("claims nothing: %s", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });

  it("still corrects the claim stated beside a name", () => {
    expect(
      detectMisconceptions(
        "the why-lstm-solves-vanishing-gradients page means LSTMs never vanish, right?",
      ),
    ).toContain("lstm-never-vanishes");
  });

  it("runs the named scenario without a correction", async () => {
    const reply = await respond({
      message: "run the why-lstm-solves-vanishing sim with 200 steps",
      history: [],
    });
    expect(reply.plot?.scenarioId).toBe("why-lstm-solves-vanishing-gradients");
    expect(reply.plot?.params.steps).toBe(200);
    expect(reply.misconceptions ?? []).toEqual([]);
    expect(reply.reply).not.toMatch(/^(No|Not quite):/);
  });
});
