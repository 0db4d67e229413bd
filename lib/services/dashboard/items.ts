import "server-only";
import { statisticsFromSums, type ItemStatistics } from "@/lib/learning/item-analysis";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { itemTotals } from "@/lib/db/dashboard/items";

/** One question's statistics over the class (see lib/learning/item-analysis.ts for the maths). */
export interface ItemRow extends Omit<ItemStatistics, "itemId"> {
  questionId: string;
  lessonId: string;
  meanTries: number;
  meanHints: number;
  medianTimeMs: number;
}

/**
 * One row of sums per question, grouped in the database from the learners' first finished
 * attempts, then the statistics of lib/learning/item-analysis.ts over them: one rule, in one
 * place, for the ranking, the tie rule at group boundaries and the minimum group sizes.
 * Ordered by question id as `analyseItems` orders them.
 */
export async function itemStatistics(ctx: DashboardDb, classId: string): Promise<ItemRow[]> {
  const totals = await itemTotals(ctx, classId);
  return totals
    .sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0))
    .map((t) => {
      const { itemId, ...stats } = statisticsFromSums(t);
      return {
        ...stats,
        questionId: itemId,
        lessonId: t.lessonId,
        meanTries: t.sumTries / Math.max(1, t.n),
        meanHints: t.sumHints / Math.max(1, t.n),
        medianTimeMs: t.middleCount === 0 ? 0 : t.middleMs / t.middleCount,
      };
    });
}
