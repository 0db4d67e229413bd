/**
 * Run requests worded as comparisons: "A vs B" of one choice runs the side the default does not
 * show, "N deep" is a depth, "scaled by 2.5" a recurrent scale, and a value in brackets after the
 * run's name says which run, not a setting. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { mentionsAnyParam } from "@/lib/tutor/simulate/reply";

const params = (id: string) => {
  const s = getScenario(id);
  if (!s) throw new Error(id);
  return s.params;
};

describe("comparison wordings", () => {
  it("runs the non-default side of 'identity vs orthogonal'", () => {
    const got = extractParams(
      "identity versus random orthogonal init, 30 steps",
      params("how-to-fix-vanishing-gradients"),
    );
    expect(got.values.recurrentInit).toBe("orthogonal");
  });

  it("keeps a value said as the setting over the comparison", () => {
    const got = extractParams(
      "irnn vs orthogonal, but run it with identity",
      params("how-to-fix-vanishing-gradients"),
    );
    expect(got.values.recurrentInit).toBe("identity");
  });

  it("reads '70 deep' as the depth, and 'deep networks' as nothing", () => {
    expect(
      extractParams("plain vs residual, 70 deep", params("how-to-fix-vanishing-gradients")).values
        .depth,
    ).toBe(70);
    expect(mentionsAnyParam("why are deep networks hard to train")).toBe(false);
  });

  it("reads 'recurrent weights scaled by 1.8' as the recurrent scale", () => {
    const got = extractParams(
      "full vs truncated gradient with recurrent weights scaled by 1.8",
      params("why-lstm-gradients-do-not-vanish-backward"),
    );
    expect(got.values.recurrentScale).toBe(1.8);
  });

  it("does not set a dial from the brackets that name the run", () => {
    const got = extractParams(
      "the cliff demo (w = 1.1 recurrence) with learning rate 0.02",
      params("how-lstm-handles-exploding-gradients"),
    );
    expect(got.values.learningRate).toBe(0.02);
    expect(got.values.recurrentScale).toBeUndefined();
  });
});
