/**
 * Calculation questions in free-form wordings (wordings/calc-free-form.json, written before the
 * number reader was built, expected values computed by wordings/calc-free-form.mjs). Two thirds
 * ("dev-…") were used to build the reader; the other third ("aside-…") was run once at the end.
 * Each floor is the count measured then.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { EvalSet, judge, runCase } from "./eval-sets/sets";

const set = EvalSet.parse(
  JSON.parse(readFileSync("tests/unit/tutor/wordings/calc-free-form.json", "utf8")),
);
const FLOORS: Readonly<Record<string, { total: number; passed: number }>> = {
  dev: { total: 24, passed: 23 },
  aside: { total: 12, passed: 12 },
};

describe("calculations in free-form wordings", () => {
  const misses = new Map<string, string[]>();
  const totals = new Map<string, number>();
  beforeAll(async () => {
    for (const c of set.cases) {
      const part = (c.id ?? "").split("-")[0] ?? "";
      totals.set(part, (totals.get(part) ?? 0) + 1);
      const fails = judge(c, await runCase(c));
      if (fails.length > 0)
        misses.set(part, [...(misses.get(part) ?? []), `${c.question}: ${fails.join("; ")}`]);
    }
  }, 60_000);

  it.each(Object.entries(FLOORS))("%s keeps its measured floor", (part, floor) => {
    expect(totals.get(part)).toBe(floor.total);
    const missed = misses.get(part) ?? [];
    expect(floor.total - missed.length, missed.join("\n")).toBeGreaterThanOrEqual(floor.passed);
  });
});
