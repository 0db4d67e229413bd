/**
 * A what-if on the recurrent scale's side of 1 is answered by the bound
 * $\|J_t\| \le \gamma\,\sigma_{\max}(W)$ and cites the lesson of the side asked about.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { scaleWhatIf } from "@/lib/tutor/answer/scale-what-if";

describe("the recurrent scale on one side of 1", () => {
  it("above 1 with tanh: can explode, necessary not sufficient", () => {
    const r = scaleWhatIf("suppose the largest singular value of W exceeds 1, tanh units");
    expect(r?.lessonId).toBe("how-lstm-handles-exploding-gradients");
    expect(r?.opening).toMatch(/necessary for explosion, not sufficient/);
  });

  it("below 1: must vanish", () => {
    expect(scaleWhatIf("what if the spectral norm is less than one")?.opening).toMatch(
      /must vanish/,
    );
  });

  it("above 1 with the sigmoid is still below 1/γ = 4", () => {
    expect(scaleWhatIf("what if sigma_max > 1 in a sigmoid net")?.opening).toMatch(/= 4/);
  });

  it("names no side, no answer", () => {
    expect(scaleWhatIf("what if I change the recurrent scale?")).toBeUndefined();
    expect(scaleWhatIf("what if the forget gate is above 1")).toBeUndefined();
  });

  it("cites the exploding lesson first in the reply", async () => {
    const r = await respond({
      message: "what would happen if the recurrent weight scale went over 1 in a tanh net?",
    });
    expect(r.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
    expect(r.reply).toMatch(/can explode/);
  });
});
