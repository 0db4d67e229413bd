import { describe, expect, it } from "vitest";
import { claimSentences, hitsOf } from "@/lib/learning/grading/short-text/match";
import { isKeywordSalad } from "@/lib/learning/grading/short-text/floor";
import { rubricWords, speller, withinOneEdit } from "@/lib/learning/grading/short-text/typos";

describe("typo tolerance", () => {
  it("accepts one insertion, deletion, substitution or swap, and no more", () => {
    expect(withinOneEdit("receive", "recieve")).toBe(true);
    expect(withinOneEdit("product", "prodct")).toBe(true);
    expect(withinOneEdit("product", "producct")).toBe(true);
    expect(withinOneEdit("product", "prodoct")).toBe(true);
    expect(withinOneEdit("product", "pordcut")).toBe(false);
  });

  it("takes literal words from regex sources, stems included", () => {
    expect(rubricWords([String.raw`multipl\w* (?:by )?jacobians?`])).toEqual([
      "multipl",
      "jacobians",
    ]);
  });

  it("corrects only words no rubric word covers, and leaves short words alone", () => {
    const s = speller(["receive", "multipl", "product"]);
    expect(s.correct("they recieve a prodcut")).toBe("they receive a product");
    expect(s.correct("multiply then")).toBe("multiply then");
    // A misspelt stem keeps its ending.
    expect(speller(["connect"]).correct("self-conected")).toBe("self-connected");
  });
});

describe("claims and the keyword floor", () => {
  it("marks a match that a negation governs, and only that one", () => {
    expect(hitsOf("linear", {}, ["it is linear"])).toMatchObject([{ negated: false }]);
    expect(hitsOf("linear", {}, ["it is not linear"])).toMatchObject([{ negated: true }]);
    // "and its" opens a new clause: the negation stays with the squashing.
    const [hit] = hitsOf("self-connection", {}, ["it isn't squashed and its self-connection is 1"]);
    expect(hit?.negated).toBe(false);
    expect(hitsOf("additive", {}, ["it isn't because of the additive update"])).toMatchObject([
      { negated: true },
    ]);
  });

  it("needs every part of a claim within one window of a sentence", () => {
    const hits = (p: string) =>
      hitsOf(p, {}, ["weight one here", "weight " + "x ".repeat(80) + "one"]);
    expect([...claimSentences(["weight", "one"], hits)]).toEqual([0]);
  });

  it("tells a keyword string from a terse derivation", () => {
    expect(
      isKeywordSalad("carousel constant error self connection weight 1 linear cell gates"),
    ).toBe(true);
    expect(isKeywordSalad("additive cell update → dc_t/dc_{t-1} = f_t → f_t can stay near 1")).toBe(
      false,
    );
  });
});
