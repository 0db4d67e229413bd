import { describe, expect, it } from "vitest";
import {
  analyseItems,
  correlationFromSums,
  discriminationBand,
  facilityBand,
  groupSize,
  type LearnerMark,
} from "@/lib/learning/item-analysis";

/**
 * Six learners, one lesson, three items. Worked by hand:
 * totals u1 3, u2 2, u3 2, u4 1, u5 1, u6 0.5; ranked u1 u2 u3 u4 u5 u6 (ties by id);
 * n = 6 < 30 so thirds: g = 2, upper = {u1, u2}, lower = {u5, u6}.
 */
export const FIXED: Record<string, Record<string, number>> = {
  a: { u1: 1, u2: 1, u3: 1, u4: 0, u5: 1, u6: 0 },
  b: { u1: 1, u2: 1, u3: 0, u4: 1, u5: 0, u6: 0 },
  c: { u1: 1, u2: 0, u3: 1, u4: 0, u5: 0, u6: 0.5 },
};
export const fixedMarks = (): LearnerMark[] =>
  Object.entries(FIXED).flatMap(([itemId, byLearner]) =>
    Object.entries(byLearner).map(([learnerId, mark]) => ({
      learnerId,
      itemId,
      groupId: "l",
      mark,
    })),
  );

describe("analyseItems on a hand-computed set", () => {
  const stats = Object.fromEntries(analyseItems(fixedMarks()).map((s) => [s.itemId, s]));

  it("facility is the mean mark", () => {
    expect(stats.a?.facility).toBeCloseTo(4 / 6, 12);
    expect(stats.b?.facility).toBeCloseTo(3 / 6, 12);
    expect(stats.c?.facility).toBeCloseTo(2.5 / 6, 12);
  });

  it("discrimination is upper minus lower third", () => {
    expect(stats.a).toMatchObject({ n: 6, groupSize: 2, upperFacility: 1, lowerFacility: 0.5 });
    expect(stats.a?.discrimination).toBeCloseTo(0.5, 12);
    expect(stats.b?.discrimination).toBeCloseTo(1, 12);
    expect(stats.c?.upperFacility).toBeCloseTo(0.5, 12);
    expect(stats.c?.lowerFacility).toBeCloseTo(0.25, 12);
    expect(stats.c?.discrimination).toBeCloseTo(0.25, 12);
  });

  it("correlation is with the rest of the lesson, not the total", () => {
    // a: n Sxy - Sx Sy = 24 - 22 = 2; n Sxx - Sx^2 = 8; n Syy - Sy^2 = 43.5 - 30.25 = 13.25.
    expect(stats.a?.correlation).toBeCloseTo(2 / Math.sqrt(8 * 13.25), 12);
    // b: 18 - 19.5 = -1.5; 18 - 9 = 9; 61.5 - 42.25 = 19.25. D = 1 yet r < 0: b's total includes b.
    expect(stats.b?.correlation).toBeCloseTo(-1.5 / Math.sqrt(9 * 19.25), 12);
  });
});

describe("group sizes and edges", () => {
  it("uses thirds below 30 learners and 27% from 30", () => {
    expect([0, 2, 3, 6, 29].map(groupSize)).toEqual([0, 0, 1, 2, 9]);
    expect([30, 37, 100, 300].map(groupSize)).toEqual([8, 10, 27, 81]);
    expect(() => groupSize(-1)).toThrow(/Argument 'n' passed to 'groupSize'/);
  });

  it("has no discrimination with fewer than three learners", () => {
    const [only] = analyseItems([
      { learnerId: "u1", itemId: "x", groupId: "l", mark: 1 },
      { learnerId: "u2", itemId: "x", groupId: "l", mark: 0 },
    ]);
    expect(only).toMatchObject({ n: 2, facility: 0.5, groupSize: 0, discrimination: null });
  });

  it("has no correlation when every learner scored the same", () => {
    expect(correlationFromSums({ n: 3, sx: 3, sy: 2, sxy: 2, sxx: 3, syy: 2 })).toBeNull();
  });

  it("rejects marks outside [0, 1], naming the learner and item", () => {
    expect(() => analyseItems([{ learnerId: "u1", itemId: "x", groupId: "l", mark: 2 }])).toThrow(
      /u1\/x/,
    );
  });

  it("reads facility and discrimination as Moodle and Ebel do", () => {
    expect(facilityBand(0.5)).toBe("about right");
    expect(facilityBand(0.97)).toBe("extremely easy");
    expect(discriminationBand(0.45)).toBe("very good");
    expect(discriminationBand(-0.1)).toMatch(/negative/);
    expect(discriminationBand(null)).toBe("too few learners");
  });
});
