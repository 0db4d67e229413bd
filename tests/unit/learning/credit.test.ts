import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canRetry, creditFor, CREDIT_RULE, MAX_TRIES, tryCeiling } from "@/lib/learning/credit";

describe("creditFor", () => {
  it.each([
    // tryNumber, fraction, hintsUsed, hintCount, expected (hand-computed)
    [1, 1, 0, 0, 1],
    [2, 1, 0, 0, 0.6],
    [3, 1, 0, 0, 0.3],
    [1, 0, 0, 2, 0],
    [1, 0.5, 0, 0, 0.5],
    [2, 0.5, 0, 0, 0.3], // 0.6 × 0.5
    [1, 1, 1, 3, 0.9], // one hint: −10%
    [1, 1, 2, 3, 0.8],
    [1, 1, 3, 3, 0.7],
    [1, 1, 5, 5, 0.7], // penalty capped at 30%
    [3, 1, 3, 3, 0.21], // 0.3 × 0.7: still earns something after every try and hint
    [2, 0.5, 1, 2, 0.27], // 0.6 × 0.5 × 0.9
  ])(
    "try %i, fraction %f, %i of %i hints -> %f",
    (tryNumber, fraction, hintsUsed, hintCount, want) => {
      expect(creditFor({ tryNumber, fraction, hintsUsed, hintCount })).toBeCloseTo(want, 12);
    },
  );

  it.each([
    [{ tryNumber: 0, fraction: 1, hintsUsed: 0, hintCount: 0 }, "'tryNumber'"],
    [{ tryNumber: 4, fraction: 1, hintsUsed: 0, hintCount: 0 }, "'tryNumber'"],
    [{ tryNumber: 1.5, fraction: 1, hintsUsed: 0, hintCount: 0 }, "'tryNumber'"],
    [{ tryNumber: 1, fraction: 1.2, hintsUsed: 0, hintCount: 0 }, "'fraction'"],
    [{ tryNumber: 1, fraction: -0.1, hintsUsed: 0, hintCount: 0 }, "'fraction'"],
    [{ tryNumber: 1, fraction: Number.NaN, hintsUsed: 0, hintCount: 0 }, "'fraction'"],
    [{ tryNumber: 1, fraction: 1, hintsUsed: -1, hintCount: 2 }, "'hintsUsed'"],
    [{ tryNumber: 1, fraction: 1, hintsUsed: 3, hintCount: 2 }, "'hintsUsed'"],
    [{ tryNumber: 1, fraction: 1, hintsUsed: 0, hintCount: 0.5 }, "'hintCount'"],
  ])("rejects %o naming %s", (input, name) => {
    expect(() => creditFor(input)).toThrow(new RegExp(`Argument ${name} passed to 'creditFor'`));
  });

  it("stays in [0, 1], falls with tries and hints, rises with the fraction", () => {
    const input = fc.record({
      tryNumber: fc.integer({ min: 1, max: MAX_TRIES }),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      hintCount: fc.integer({ min: 0, max: 6 }),
      hintsUsed: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(input, ({ tryNumber, fraction, hintCount, hintsUsed: h }) => {
        const hintsUsed = Math.min(h, hintCount);
        const score = creditFor({ tryNumber, fraction, hintsUsed, hintCount });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        if (tryNumber < MAX_TRIES) {
          const later = { tryNumber: tryNumber + 1, fraction, hintsUsed, hintCount };
          expect(creditFor(later)).toBeLessThanOrEqual(score);
        }
        if (hintsUsed < hintCount) {
          const moreHints = { tryNumber, fraction, hintsUsed: hintsUsed + 1, hintCount };
          expect(creditFor(moreHints)).toBeLessThanOrEqual(score);
        }
        const full = creditFor({ tryNumber, fraction: 1, hintsUsed, hintCount });
        expect(full).toBeGreaterThanOrEqual(score);
        expect(full).toBeGreaterThan(0);
      }),
    );
  });
});

describe("canRetry", () => {
  it.each([
    [1, false, true],
    [2, false, true],
    [3, false, false],
    [1, true, false],
    [3, true, false],
  ])("try %i, correct %s -> %s", (tryNumber, correct, want) => {
    expect(canRetry({ tryNumber, correct })).toBe(want);
  });

  it("names a bad tryNumber", () => {
    expect(() => canRetry({ tryNumber: 7, correct: false })).toThrow(
      /Argument 'tryNumber' passed to 'canRetry' must be an integer in 1..3, got 7/,
    );
  });
});

describe("the credit rule shown before the first try", () => {
  it("states the try credits, the hint penalty and that the best try counts", () => {
    expect(CREDIT_RULE).toContain("100% / 60% / 30% on try 1 / 2 / 3");
    expect(CREDIT_RULE).toContain("each hint you take removes 10 points (at most 30)");
    expect(CREDIT_RULE).toContain("best try");
    expect([1, 2, 3].map(tryCeiling)).toEqual([1, 0.6, 0.3]);
    expect(() => tryCeiling(4)).toThrow(/Argument 'tryNumber' passed to 'tryCeiling'/);
  });
});
