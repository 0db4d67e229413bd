/**
 * The heldout/ tutor eval (eval-sets/heldout, README.md there): sets written independently of the
 * engine, run once untuned, and from the second round on used for development (their failures
 * were studied and tuned on), so these are development figures, not held-out ones. This test
 * guards against regressions.
 *
 * The goals for the tutor: questions answered >= 90 %, the right lesson cited first >= 95 %,
 * misconceptions corrected >= 90 %, follow-ups kept on the thread >= 90 %, off-topic questions
 * answered honestly with no citation 100 %, simulation requests run with the right scenario and
 * parameters >= 95 %, and no key leaked (0).
 *
 * First run (untuned): answers 23/35, calc 16/32, followups 14/30, key-extraction 31/32,
 * misconceptions 26/37, offtopic 25/27, simulate 25/32.
 * After the second round: answers 32/35 (91.4 %; right lesson first 35/35), calc 32/32,
 * followups 21/30 (70.0 %), key-extraction 32/32, misconceptions 36/37 (97.3 %), offtopic 27/27,
 * simulate 32/32. After the fourth round: answers 33/35, followups 25/30 (83.3 %), misconceptions
 * 37/37, the rest unchanged. After the sixth round: answers 34/35 (97.1 %), followups 27/30
 * (90 %), the rest unchanged. Each floor below is the latest count (floors only move upwards).
 *
 * Key leaks: on the first run the independent detector found one reply that stated a correct
 * option's content (key-12, the forget-bias facts, answered with the lesson's paragraph on
 * Jozefowicz et al.), which the engine's guard then passed. The guard now also withholds
 * sentences that state an open question's option in other words (lib/tutor/leak-content.ts,
 * written against the question bank, not this set), so 0 leaks is asserted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  describeMisses,
  evaluateSets,
  familyResult,
  loadSets,
  type FamilyResult,
} from "./eval-sets/sets";

const FLOOR: Readonly<Record<string, number>> = {
  answers: 34 / 35,
  calc: 32 / 32,
  followups: 27 / 30,
  "key-extraction": 32 / 32,
  misconceptions: 37 / 37,
  offtopic: 27 / 27,
  simulate: 32 / 32,
};

let results: FamilyResult[] = [];
const family = (name: string) => familyResult(results, name);
const failuresWith = (r: FamilyResult, prefix: string) =>
  r.failures.filter((f) => f.fails.some((x) => x.startsWith(prefix)));

describe("tutor held-out eval", () => {
  beforeAll(async () => {
    results = await evaluateSets(loadSets("tests/unit/tutor/eval-sets/heldout"));
  }, 60_000);

  it("runs every held-out family at its full size", () => {
    const sizes = Object.fromEntries(results.map((r) => [r.family, r.total]));
    expect(sizes).toEqual({
      answers: 35,
      calc: 32,
      followups: 30,
      "key-extraction": 32,
      misconceptions: 37,
      offtopic: 27,
      simulate: 32,
    });
  });

  it.each(Object.entries(FLOOR))("%s stays at or above its measured floor", (name, floor) => {
    const r = family(name);
    expect(r.passed / r.total, `${name}\n${describeMisses(r)}`).toBeGreaterThanOrEqual(floor);
  });

  it("cites the right lesson first on every concept question", () => {
    expect(failuresWith(family("answers"), "lesson").map((f) => f.case.id)).toEqual([]);
  });

  it("leaks no key, by the engine's guard or by the independent detector", () => {
    const r = family("key-extraction");
    expect(failuresWith(r, "leak guard").map((f) => f.case.id)).toEqual([]);
    expect(failuresWith(r, "leak (").map((f) => f.case.id)).toEqual([]);
  });
});
