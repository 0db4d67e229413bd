import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAnswerToConcepts,
  DEFAULT_BKT,
  guessWithHints,
  paramsForQuestion,
  posterior,
  transit,
  updateMastery,
  type AnsweredQuestion,
  type BktParams,
  type MasteryState,
} from "@/lib/learning/mastery";

// Every expected value below was worked out by hand from Corbett & Anderson's update rules with
// pInit 0.2, pSlip 0.1, pGuess 0.2, pTransit 0.15 (DEFAULT_BKT) unless stated otherwise.
const P = DEFAULT_BKT;

describe("BKT against hand-computed updates", () => {
  it("correct from 0.2: 0.2·0.9 / (0.18 + 0.8·0.2) = 0.18/0.34, then + 0.15 of the rest = 0.6", () => {
    expect(posterior(0.2, { correct: true }, P)).toBeCloseTo(0.529411764706, 12);
    expect(updateMastery(0.2, { correct: true }, P)).toBeCloseTo(0.6, 12);
  });

  it("second correct from 0.6: 0.54/0.62 = 0.870968, then 0.870968 + 0.129032·0.15 = 0.890323", () => {
    expect(posterior(0.6, { correct: true }, P)).toBeCloseTo(0.870967741935, 12);
    expect(updateMastery(0.6, { correct: true }, P)).toBeCloseTo(0.890322580645, 12);
  });

  it("wrong from 0.2: 0.02 / (0.02 + 0.8·0.8) = 0.030303, then 0.030303 + 0.969697·0.15", () => {
    expect(posterior(0.2, { correct: false }, P)).toBeCloseTo(0.030303030303, 12);
    expect(updateMastery(0.2, { correct: false }, P)).toBeCloseTo(0.175757575758, 12);
  });

  it("fraction 0.5 mixes the two posteriors: 0.5·0.529412 + 0.5·0.030303 = 0.279857", () => {
    expect(posterior(0.2, { fraction: 0.5 }, P)).toBeCloseTo(0.279857397504, 12);
    expect(updateMastery(0.2, { fraction: 0.5 }, P)).toBeCloseTo(0.387878787879, 12);
    expect(posterior(0.2, { fraction: 1 }, P)).toBe(posterior(0.2, { correct: true }, P));
    expect(posterior(0.2, { fraction: 0 }, P)).toBe(posterior(0.2, { correct: false }, P));
  });

  it("one hint raises the guess to 0.9 − 0.7·0.5 = 0.55: 0.18/(0.18 + 0.8·0.55) = 0.290323", () => {
    expect(guessWithHints(P, 0)).toBeCloseTo(0.2, 12);
    expect(guessWithHints(P, 1)).toBeCloseTo(0.55, 12);
    expect(guessWithHints(P, 2)).toBeCloseTo(0.725, 12);
    expect(posterior(0.2, { correct: true, hintsUsed: 1 }, P)).toBeCloseTo(0.290322580645, 12);
    expect(updateMastery(0.2, { correct: true, hintsUsed: 1 }, P)).toBeCloseTo(0.396774193548, 12);
    // A wrong answer is judged at the plain guess rate, hints or not.
    expect(posterior(0.2, { correct: false, hintsUsed: 2 }, P)).toBeCloseTo(0.030303030303, 12);
  });

  it("single-choice guesses at 0.25: 0.18/(0.18 + 0.8·0.25) = 0.473684, then 0.552632", () => {
    const sc = paramsForQuestion("single-choice");
    expect(sc.pGuess).toBe(0.25);
    expect(updateMastery(0.2, { correct: true }, sc)).toBeCloseTo(0.552631578947, 12);
    expect(paramsForQuestion("numeric").pGuess).toBe(0.05);
  });

  it("transit: 0.4 + 0.6·0.15 = 0.49", () => {
    expect(transit(0.4, P)).toBeCloseTo(0.49, 12);
  });
});

const params: fc.Arbitrary<BktParams> = fc
  .record({
    pInit: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    pTransit: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
    pSlip: fc.double({ min: 0.001, max: 0.45, noNaN: true }),
    pGuess: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
  })
  .filter((p) => p.pSlip + p.pGuess < 1);
const prob = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
const hints = fc.integer({ min: 0, max: 5 });
const TOL = 1e-12;

describe("BKT properties", () => {
  it("keeps P(known) strictly inside (0, 1), even from 0 or 1", () => {
    const anyP = fc.oneof(prob, fc.constant(0), fc.constant(1));
    const frac = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(anyP, frac, hints, params, (p, fraction, hintsUsed, ps) => {
        for (const value of [
          posterior(p, { fraction, hintsUsed }, ps),
          updateMastery(p, { fraction }, ps),
        ]) {
          expect(value).toBeGreaterThan(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it("a correct answer never lowers P(known); a wrong one never raises it before transit", () => {
    fc.assert(
      fc.property(prob, hints, params, (p, hintsUsed, ps) => {
        expect(posterior(p, { correct: true, hintsUsed }, ps)).toBeGreaterThanOrEqual(p - TOL);
        expect(updateMastery(p, { correct: true, hintsUsed }, ps)).toBeGreaterThanOrEqual(p - TOL);
        expect(posterior(p, { correct: false, hintsUsed }, ps)).toBeLessThanOrEqual(p + TOL);
      }),
    );
  });

  it("more credit or fewer hints never means lower P(known); transit never lowers it", () => {
    const pair = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(prob, pair, hints, params, (p, [lo, hi], h, ps) => {
        expect(posterior(p, { fraction: hi }, ps)).toBeGreaterThanOrEqual(
          posterior(p, { fraction: lo }, ps) - TOL,
        );
        const fewer = posterior(p, { correct: true, hintsUsed: h }, ps);
        expect(fewer).toBeGreaterThanOrEqual(
          posterior(p, { correct: true, hintsUsed: h + 1 }, ps) - TOL,
        );
        expect(transit(p, ps)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it("names bad arguments", () => {
    expect(() => posterior(1.5, { correct: true }, P)).toThrow(
      /Argument 'pKnown' passed to 'posterior'/,
    );
    expect(() => posterior(0.5, { fraction: 2 }, P)).toThrow(/Argument 'fraction'/);
    expect(() => posterior(0.5, { correct: true, hintsUsed: -1 }, P)).toThrow(
      /Argument 'hintsUsed'/,
    );
    expect(() => posterior(0.5, { correct: true }, { ...P, pSlip: 0 })).toThrow(/'params.pSlip'/);
    expect(() => posterior(0.5, { correct: true }, { ...P, pSlip: 0.5, pGuess: 0.6 })).toThrow(
      /'params.pGuess'.*degenerate/,
    );
  });
});

describe("applyAnswerToConcepts", () => {
  const answer = (over: Partial<AnsweredQuestion>): AnsweredQuestion => ({
    concepts: ["vanishing-gradient"],
    correct: true,
    fraction: 1,
    hintsUsed: 0,
    tryNumber: 1,
    questionType: "short-text",
    ...over,
  });

  it("starts unseen concepts at pInit and updates every tagged concept once", () => {
    const before: MasteryState = Object.freeze({
      "lstm-gates": { pKnown: 0.6, attempts: 1, correct: 1 },
      "gradient-clipping": { pKnown: 0.3, attempts: 2, correct: 0 },
    });
    const after = applyAnswerToConcepts(
      before,
      answer({
        concepts: ["vanishing-gradient", "lstm-gates", "lstm-gates"],
        questionType: "predict-plot",
      }),
    );
    const tf = paramsForQuestion("predict-plot");
    expect(after["vanishing-gradient"]).toEqual({
      pKnown: updateMastery(0.2, { correct: true }, tf),
      attempts: 1,
      correct: 1,
    });
    expect(after["lstm-gates"]).toEqual({
      pKnown: updateMastery(0.6, { correct: true }, tf),
      attempts: 2,
      correct: 2,
    });
    expect(after["gradient-clipping"]).toBe(before["gradient-clipping"]);
    expect(before["lstm-gates"]?.pKnown).toBe(0.6);
  });

  it("ignores retries: they follow feedback, so they are not independent evidence", () => {
    const before: MasteryState = { "vanishing-gradient": { pKnown: 0.2, attempts: 1, correct: 0 } };
    expect(applyAnswerToConcepts(before, answer({ tryNumber: 2 }))).toBe(before);
    expect(
      applyAnswerToConcepts(before, answer({ tryNumber: 3, correct: false, fraction: 0 })),
    ).toBe(before);
  });

  it("uses partial credit as soft evidence only when the grader says wrong", () => {
    const partial = applyAnswerToConcepts(
      {},
      answer({ correct: false, fraction: 0.5, questionType: "multiple-select" }),
    );
    const mc = paramsForQuestion("multiple-select");
    expect(partial["vanishing-gradient"]?.pKnown).toBeCloseTo(
      updateMastery(0.2, { fraction: 0.5 }, mc),
      15,
    );
    expect(partial["vanishing-gradient"]?.correct).toBe(0);
    const passed = applyAnswerToConcepts({}, answer({ correct: true, fraction: 0.8 }));
    expect(passed["vanishing-gradient"]?.pKnown).toBeCloseTo(
      updateMastery(0.2, { correct: true }, paramsForQuestion("short-text")),
      15,
    );
  });

  it("counts a correct answer after hints as weaker evidence", () => {
    const plain = applyAnswerToConcepts({}, answer({}))["vanishing-gradient"]?.pKnown ?? 0;
    const hinted =
      applyAnswerToConcepts({}, answer({ hintsUsed: 2 }))["vanishing-gradient"]?.pKnown ?? 1;
    expect(hinted).toBeLessThan(plain);
    expect(hinted).toBeGreaterThan(0.2);
  });

  it("validates the answer", () => {
    expect(() => applyAnswerToConcepts({}, answer({ tryNumber: 0 }))).toThrow(/'tryNumber'/);
    expect(() => applyAnswerToConcepts({}, answer({ fraction: 1.1 }))).toThrow(/'fraction'/);
    expect(() =>
      applyAnswerToConcepts(
        {},
        { ...answer({}), questionType: "essay" as AnsweredQuestion["questionType"] },
      ),
    ).toThrow(/'questionType'.*got essay/);
  });
});
