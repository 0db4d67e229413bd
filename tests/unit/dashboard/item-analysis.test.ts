import { describe, expect, it } from "vitest";
import {
  analyseItems,
  correlationFromSums,
  discriminationBand,
  facilityBand,
  groupSize,
  MINIMUMS,
  type LearnerMark,
} from "@/lib/learning/item-analysis";

/**
 * Six learners, one lesson, three items. Worked by hand:
 * totals u1 3, u2 2, u3 2, u4 1, u5 1, u6 0.5; n = 6 < 30 so thirds: g = 2.
 * Upper group: u1, then one place shared by u2 and u3 (tied at 2): (m1 + (m2 + m3) / 2) / 2.
 * Lower group: u6, then one place shared by u4 and u5 (tied at 1): (m6 + (m4 + m5) / 2) / 2.
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

/** The maths alone: every figure computed whatever the group sizes. */
const ANY_SIZE = { facility: 1, group: 1, correlation: 1 };

describe("analyseItems on a hand-computed set", () => {
  const stats = Object.fromEntries(analyseItems(fixedMarks(), ANY_SIZE).map((s) => [s.itemId, s]));

  it("facility is the mean mark", () => {
    expect(stats.a?.facility).toBeCloseTo(4 / 6, 12);
    expect(stats.b?.facility).toBeCloseTo(3 / 6, 12);
    expect(stats.c?.facility).toBeCloseTo(2.5 / 6, 12);
  });

  it("discrimination is upper minus lower third, tied learners sharing the boundary place", () => {
    // a: upper (1 + (1 + 1) / 2) / 2 = 1, lower (0 + (0 + 1) / 2) / 2 = 0.25.
    expect(stats.a).toMatchObject({ n: 6, groupSize: 2, upperFacility: 1, lowerFacility: 0.25 });
    expect(stats.a?.discrimination).toBeCloseTo(0.75, 12);
    // b: upper (1 + (1 + 0) / 2) / 2 = 0.75, lower (0 + (1 + 0) / 2) / 2 = 0.25.
    expect(stats.b?.upperFacility).toBeCloseTo(0.75, 12);
    expect(stats.b?.discrimination).toBeCloseTo(0.5, 12);
    // c: upper (1 + (0 + 1) / 2) / 2 = 0.75, lower (0.5 + (0 + 0) / 2) / 2 = 0.25.
    expect(stats.c?.upperFacility).toBeCloseTo(0.75, 12);
    expect(stats.c?.lowerFacility).toBeCloseTo(0.25, 12);
    expect(stats.c?.discrimination).toBeCloseTo(0.5, 12);
  });

  it("does not depend on learner ids when totals tie", () => {
    const renamed = fixedMarks().map((m) => ({
      ...m,
      learnerId: { u2: "u3", u3: "u2", u4: "u5", u5: "u4" }[m.learnerId] ?? m.learnerId,
    }));
    expect(analyseItems(renamed, ANY_SIZE)).toEqual(analyseItems(fixedMarks(), ANY_SIZE));
  });

  it("gives the facility's 95% margin: a's marks have sample variance 4/15", () => {
    expect(stats.a?.facilityMargin).toBeCloseTo(1.96 * Math.sqrt(4 / 15 / 6), 12);
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
    const [only] = analyseItems(
      [
        { learnerId: "u1", itemId: "x", groupId: "l", mark: 1 },
        { learnerId: "u2", itemId: "x", groupId: "l", mark: 0 },
      ],
      ANY_SIZE,
    );
    expect(only).toMatchObject({ n: 2, facility: 0.5, groupSize: 0, discrimination: null });
  });

  it("reports figures only from the stated minimum sizes", () => {
    expect(MINIMUMS).toEqual({ facility: 5, group: 5, correlation: 10 });
    const stats = analyseItems(fixedMarks());
    // n = 6: facility shown, groups of 2 (< 5) give no D, fewer than 10 learners no r.
    for (const s of stats) {
      expect(s).toMatchObject({ n: 6, facilityShown: true, groupSize: 2, discrimination: null });
      expect(s.upperFacility).toBeNull();
      expect(s.correlation).toBeNull();
    }
    const four = fixedMarks().filter((m) => !["u5", "u6"].includes(m.learnerId));
    expect(analyseItems(four)[0]?.facilityShown).toBe(false);
  });

  it("gives D from 15 learners (groups of 5), r from 10", () => {
    const marks = Array.from({ length: 15 }, (_, i) => ({
      learnerId: `u${String(i).padStart(2, "0")}`,
      itemId: "x",
      groupId: "l",
      mark: i < 9 ? 1 : 0,
    }));
    const rest = marks.map((m, i) => ({ ...m, itemId: "y", mark: i < 7 ? 1 : 0 }));
    const x = analyseItems([...marks, ...rest]).find((s) => s.itemId === "x");
    // Totals: u00-u06 2, u07-u08 1, u09-u14 0. Upper 5 all 2 -> x marks 1; lower 5 of the six
    // zeros -> 0. D = 1.
    expect(x).toMatchObject({ n: 15, groupSize: 5, upperFacility: 1, lowerFacility: 0 });
    expect(x?.correlation).not.toBeNull();
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
    expect(discriminationBand(null)).toBe("too few learners (needs groups of 5)");
  });
});
