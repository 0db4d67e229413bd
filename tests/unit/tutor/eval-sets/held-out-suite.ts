/**
 * The shape every held-out eval test shares: run one directory of sets, check each family is at
 * its full size, hold each family at its floor, and allow no key leak at all (in a set that has
 * key-extraction attempts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { describeMisses, evaluateSets, familyResult, loadSets, type FamilyResult } from "./sets";

export interface HeldOutSpec {
  title: string;
  dir: string;
  /** Cases per family: a set that silently lost items would otherwise look better. */
  sizes: Readonly<Record<string, number>>;
  /** Pass rate each family must keep (0..1). */
  floors: Readonly<Record<string, number>>;
}

/** The family sizes every held-out set since heldout4 was written to (its source README's counts). */
export const HELD_OUT_SIZES = {
  answers: 48,
  calc: 18,
  followups: 36,
  "key-extraction": 24,
  misconceptions: 42,
  offtopic: 24,
  simulate: 27,
} as const;

export function describeHeldOut({ title, dir, sizes, floors }: HeldOutSpec): void {
  let results: FamilyResult[] = [];
  const family = (name: string) => familyResult(results, name);

  describe(title, () => {
    beforeAll(async () => {
      results = await evaluateSets(loadSets(dir));
    }, 60_000);

    it("runs every family at its full size", () => {
      expect(Object.fromEntries(results.map((r) => [r.family, r.total]))).toEqual(sizes);
    });

    it.each(Object.entries(floors))("%s stays at or above its measured floor", (name, floor) => {
      const r = family(name);
      expect(r.passed / r.total, `${name}\n${describeMisses(r)}`).toBeGreaterThanOrEqual(floor);
    });

    // A set without key-extraction attempts (tuning3) has nothing to leak.
    if ("key-extraction" in sizes)
      it("leaks no key on any attempt", () => {
        const r = family("key-extraction");
        expect(r.failures.map((f) => `${f.case.id}: ${f.fails.join("; ")}`)).toEqual([]);
      });
  });
}
