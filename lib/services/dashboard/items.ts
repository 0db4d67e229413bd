import "server-only";
import { analyseItems, marksByItem, type ItemStatistics } from "@/lib/learning/item-analysis";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { itemMarks } from "@/lib/db/dashboard/items";

/** One question's statistics over the class (see lib/learning/item-analysis.ts for the maths). */
export interface ItemRow extends Omit<ItemStatistics, "itemId"> {
  questionId: string;
  lessonId: string;
  meanTries: number;
  meanHints: number;
  medianTimeMs: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * One row per learner and question from the learners' first finished attempts, then the
 * statistics of lib/learning/item-analysis.ts over them: one rule, in one place, for the
 * ranking, the tie rule at group boundaries and the minimum group sizes.
 */
export async function itemStatistics(ctx: DashboardDb, classId: string): Promise<ItemRow[]> {
  const marks = await itemMarks(ctx, classId);
  const byItem = marksByItem(marks);
  return analyseItems(marks).map(({ itemId, ...stats }) => {
    const own = byItem.get(itemId) ?? [];
    return {
      ...stats,
      questionId: itemId,
      lessonId: own[0]?.groupId ?? "",
      meanTries: mean(own.map((m) => m.tries)),
      meanHints: mean(own.map((m) => m.hints)),
      medianTimeMs: median(own.map((m) => m.ms)),
    };
  });
}
