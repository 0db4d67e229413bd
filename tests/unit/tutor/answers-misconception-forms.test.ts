/**
 * More colloquial forms of catalogued claims: a whole input kept, "forward-pass" hyphenated,
 * two GRU conventions taken for one, and explosion's symptom met with vanishing's remedy.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions } from "@/lib/tutor";

describe("colloquial forms of catalogued claims", () => {
  it.each([
    ["a GRU can keep the entire history, its memory is infinite", "lstm-stores-everything"],
    ["lstms hold the full input stream without loss", "lstm-stores-everything"],
    ["vanishing is just a forward-pass effect", "vanishing-is-forward-only"],
    ["vanishing means the activations shrink toward zero", "vanishing-is-forward-only"],
    ["chung's paper and pytorch use the same convention for the gru", "gru-convention-mixup"],
    ["every paper writes the gru the same way, z near 1 keeps the state", "gru-convention-mixup"],
    [
      "training blew up, so add gating to help with the vanishing",
      "explosion-treated-as-vanishing",
    ],
    ["why would people still use grad clipping when they have a GRU?", "lstm-never-explodes"],
  ])("%j states %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    "pytorch and cho write the gru update differently, right?",
    // True: Cho et al. (2014) and PyTorch share the convention; Chung et al. (2014) swap it.
    "cho et al. and pytorch use the same convention for the gru",
    "an lstm cannot store the entire history",
    "why does my loss spike?",
    "why do we need clipping for a plain rnn?",
  ])("%j states none of them", (message) => {
    const found = detectMisconceptions(message);
    for (const id of [
      "lstm-stores-everything",
      "gru-convention-mixup",
      "explosion-treated-as-vanishing",
      "lstm-never-explodes",
    ])
      expect(found).not.toContain(id);
  });

  it.each(["why is the forget gate bias set to 1?", "the forget gate's bias is set to 1 in keras"])(
    "%j asks about the recommended bias, not the gate always at 1",
    (message) => {
      expect(detectMisconceptions(message)).not.toContain("forget-gate-always-one");
    },
  );

  it("still reads the gate itself said to sit at 1", () => {
    expect(detectMisconceptions("the forget gate is set to 1 by default")).toContain(
      "forget-gate-always-one",
    );
  });
});
