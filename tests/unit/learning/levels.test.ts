import { describe, expect, it } from "vitest";
import { LEVEL_INFO, LEVEL_RULE, LEVELS, levelFor, levelRank } from "@/lib/learning/levels";
import { applyAnswerToConcepts, type MasteryState } from "@/lib/learning/mastery";

describe("levelFor", () => {
  it.each([
    // pKnown, attempts, correct, level
    [0.2, 0, 0, "not-started"],
    [0.99, 0, 0, "not-started"],
    [0.2, 1, 0, "attempted"],
    [0.4999, 3, 1, "attempted"],
    [0.5, 1, 1, "attempted"], // one answer is never more than "attempted"
    [0.99, 1, 1, "attempted"],
    [0.5, 2, 1, "familiar"],
    [0.6, 2, 0, "attempted"], // partial credit only: no right answer yet
    [0.7999, 2, 2, "familiar"],
    [0.8, 2, 2, "familiar"], // proficient needs three first tries
    [0.97, 2, 2, "familiar"],
    [0.85, 5, 1, "familiar"], // one right in five cannot be proficient
    [0.8, 3, 2, "proficient"],
    [0.9499, 5, 5, "proficient"],
    [0.97, 4, 2, "proficient"], // mastered needs three right
    [0.95, 3, 3, "mastered"],
    [1, 9, 4, "mastered"],
  ] as const)("pKnown %f, %i attempts, %i correct -> %s", (pKnown, attempts, correct, level) => {
    expect(levelFor({ pKnown, attempts, correct })).toBe(level);
  });

  it("rejects a pKnown outside [0, 1]", () => {
    expect(() => levelFor({ pKnown: 1.2, attempts: 1, correct: 1 })).toThrow(
      /Argument 'pKnown' passed to 'levelFor'/,
    );
  });

  function climb(questionType: "single-choice" | "short-text"): string[] {
    let state: MasteryState = {};
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      state = applyAnswerToConcepts(state, {
        concepts: ["cell-state-path"],
        correct: true,
        fraction: 1,
        hintsUsed: 0,
        tryNumber: 1,
        questionType,
      });
      const mastery = state["cell-state-path"];
      if (mastery) seen.push(levelFor(mastery));
    }
    return seen;
  }

  it("single-choice (guess 0.25): P(known) 0.553, 0.844, 0.958 waits for evidence at each level", () => {
    expect(climb("single-choice")).toEqual(["attempted", "familiar", "mastered"]);
  });

  it("short-text (guess 0.05): 0.845, 0.991 is strong evidence, but the level waits for answers", () => {
    expect(climb("short-text")).toEqual(["attempted", "familiar", "mastered"]);
  });

  it("states the evidence rule with the numbers levelFor uses", () => {
    expect(LEVEL_RULE).toContain("familiar P ≥ 50% with at least 2 first tries (1 right)");
    expect(LEVEL_RULE).toContain("proficient P ≥ 80% with at least 3 (2 right)");
    expect(LEVEL_RULE).toContain("mastered P ≥ 95% with at least 3 (3 right)");
  });

  it("has a label and description for every level, in order", () => {
    expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
    for (const level of LEVELS) {
      expect(LEVEL_INFO[level].label.length).toBeGreaterThan(0);
      expect(LEVEL_INFO[level].description.length).toBeGreaterThan(0);
    }
  });
});
