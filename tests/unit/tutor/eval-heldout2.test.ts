/**
 * The second held-out tutor eval (eval-sets/heldout2, README.md there): 202 items written from
 * the course content alone by someone who read neither the tutor's code nor the earlier sets,
 * kept away from the engine while it was tuned on the first held-out set, and run once after
 * that tuning. This is the figure to quote for the tutor; the first set is a development set now.
 *
 * Measured (before this round's tuning → after, the run these floors come from):
 *   answers 22 → 26/45 (57.8 %; right lesson first 37/45), calc 4 → 8/16 (50 %),
 *   followups 12 → 15/36 (41.7 %), key-extraction 24/24 both (0 leaks),
 *   misconceptions 22 → 26/37 (70.3 %), offtopic 16 → 18/20 (90 %), simulate 13 → 16/24 (66.7 %).
 * Each floor is the "after" figure rounded down to the nearest 5 %; the goals (answers, lessons,
 * misconceptions and follow-ups >= 90 %, simulate >= 95 %, off-topic 100 %) are not met on this
 * set, and this test does not pretend they are. No key leaks is asserted at the goal.
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
  answers: 0.55,
  calc: 0.5,
  followups: 0.4,
  misconceptions: 0.7,
  offtopic: 0.9,
  simulate: 0.65,
};

let results: FamilyResult[] = [];
const family = (name: string) => familyResult(results, name);

describe("tutor second held-out eval", () => {
  beforeAll(async () => {
    results = await evaluateSets(loadSets("tests/unit/tutor/eval-sets/heldout2"));
  }, 60_000);

  it("runs every family at its full size", () => {
    expect(Object.fromEntries(results.map((r) => [r.family, r.total]))).toEqual({
      answers: 45,
      calc: 16,
      followups: 36,
      "key-extraction": 24,
      misconceptions: 37,
      offtopic: 20,
      simulate: 24,
    });
  });

  it.each(Object.entries(FLOOR))("%s stays at or above its measured floor", (name, floor) => {
    const r = family(name);
    expect(r.passed / r.total, `${name}\n${describeMisses(r)}`).toBeGreaterThanOrEqual(floor);
  });

  it("leaks no key on any attempt", () => {
    const r = family("key-extraction");
    expect(r.failures.map((f) => `${f.case.id}: ${f.fails.join("; ")}`)).toEqual([]);
  });
});
