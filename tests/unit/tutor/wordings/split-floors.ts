/**
 * The shape the wordings tests share: one eval set whose case ids start with the part they
 * belong to ("dev-…" tuned on, "aside-…" run once at the end), and a floor per part.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { EvalCase, EvalSet, judge, runCase } from "../eval-sets/sets";

export type PartFloors = Readonly<Record<string, { total: number; passed: number }>>;

export function describeSplitFloors(title: string, file: string, floors: PartFloors): void {
  const set = EvalSet.parse(JSON.parse(readFileSync(file, "utf8")));
  describe(title, () => {
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

    it.each(Object.entries(floors))("%s keeps its measured floor", (part, floor) => {
      expect(totals.get(part)).toBe(floor.total);
      const missed = misses.get(part) ?? [];
      expect(floor.total - missed.length, missed.join("\n")).toBeGreaterThanOrEqual(floor.passed);
    });
  });
}

const DevAndAside = z.object({ dev: z.array(EvalCase), aside: z.array(EvalCase) });

/** A wordings file shaped `{dev, aside}`: how many dev cases it has, and each one missed. */
export async function devMisses(file: string): Promise<{ total: number; misses: string[] }> {
  const { dev } = DevAndAside.parse(JSON.parse(readFileSync(file, "utf8")));
  const misses: string[] = [];
  for (const c of dev) {
    const fails = judge(c, await runCase(c));
    if (fails.length > 0) misses.push(`${c.question ?? ""}: ${fails.join("; ")}`);
  }
  return { total: dev.length, misses };
}
