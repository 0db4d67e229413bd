/**
 * Rules added for answers in fresh wordings: a what-if that holds the forget gate at one value
 * is answered by the cell path's product, worked at that value; a definition question may name
 * the term with its own title's words ("norm clipping"); qualifiers ("plain", "long") are no
 * uncovered focus, so the sentence about the named activation joins instead.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { forgetGateValue, gateWhatIfOpening, texNumber } from "@/lib/tutor/answer/gate-what-if";
import { definitionAsked } from "@/lib/tutor/answer/glossary";

describe("a forget gate held at one value", () => {
  it.each([
    ["suppose the forget gates stayed at 0.8 at all times", 0.8],
    ["what if f_t = 0.25 throughout?", 0.25],
    ["and if every forget gate were stuck at one?", 1],
    ["what if the forget gate is zero everywhere", 0],
  ])("reads %j as f = %d", (message, value) => {
    expect(forgetGateValue(message)).toBe(value);
  });

  it.each([
    "what if the forget bias is 1?",
    "what if b_f = 2 for the forget gate",
    "what if the forget gate is 3",
    "what if I double the learning rate",
  ])("leaves %j to other answers", (message) => {
    expect(gateWhatIfOpening(message)).toBeUndefined();
  });

  it("works the product at the value asked", () => {
    const opening = gateWhatIfOpening("what if all forget gates sat at 0.8?") ?? "";
    expect(opening).toContain(`$${texNumber(0.8 ** 10)}$`);
    expect(opening).toMatch(/geometric/);
    expect(texNumber(0.5 ** 10)).toBe(String.raw`9.8 \times 10^{-4}`);
  });

  it("at 1 names the carousel and its price; at 0.5 says it halves", () => {
    const one = gateWhatIfOpening("what if each forget gate held exactly 1 forever?") ?? "";
    expect(one).toMatch(/carousel/);
    expect(one).toMatch(/never lets go/);
    const half = gateWhatIfOpening("what if the forget gate stays at 0.5 on every step") ?? "";
    expect(half).toMatch(/halves/);
  });
});

describe("definitions and uncovered focus", () => {
  it("takes the title's words as part of the term", () => {
    expect(definitionAsked("what's norm clipping?")?.id).toBe("gradient-clipping");
    expect(definitionAsked("what is gradient norm clipping")?.id).toBe("gradient-clipping");
  });

  it("answers the named activation, not the qualifier", async () => {
    const r = await respond({
      message: "how come a plain tanh RNN's gradients vanish when the sequence is long?",
    });
    expect(r.reply).toMatch(/derivative/);
  });
});

describe("answers reached through the reply", () => {
  it("opens a what-if on a held forget gate with its product", async () => {
    const r = await respond({
      message: "what if the forget gate just sits at 0.9 for every unit and step, what then?",
    });
    expect(r.reply).toMatch(/geometric/);
  });
});
