/**
 * Calculation questions in learners' own words (wordings/calc-learner-words.json, expected values
 * computed by wordings/calc-learner-words.mjs): numbers in words, tokens and timesteps as steps,
 * a gate "stuck at" a value, Pascanu's bound as stated, parameter counts and a small BPTT by
 * hand. Two thirds ("dev-…") were used to build the readers; the other third ("aside-…") was run
 * once at the end. Each floor is the count measured then, through the whole reply.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { EvalSet, judge, runCase } from "./eval-sets/sets";

const set = EvalSet.parse(
  JSON.parse(readFileSync("tests/unit/tutor/wordings/calc-learner-words.json", "utf8")),
);
const FLOORS: Readonly<Record<string, { total: number; passed: number }>> = {
  dev: { total: 22, passed: 22 },
  aside: { total: 11, passed: 11 },
};

describe("calculations in learners' own words", () => {
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
