import "server-only";
import { num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";

/**
 * Per question, over the same learners and attempts as item analysis (each learner's first
 * finished lesson attempt): how many answered it at a first try, how many moved the plot's
 * sliders before that try, and how many first tries were right in each group. Read from the
 * class's stored item sums (class_item_totals, migration
 * 20261202100000_dashboard_class_item_totals), one row per question.
 */
export async function storedExplorationByItem(ctx: DashboardDb, classId: string) {
  const rows = await readRows(
    ctx.db,
    sql`
    SELECT "questionId", "firstTries", explored, "exploredRight", "othersRight"
    FROM class_item_totals WHERE "classId" = ${classId} AND "firstTries" > 0`,
  );
  return rows.map((r) => ({
    questionId: text(r.questionId),
    learners: num(r.firstTries),
    explored: num(r.explored),
    exploredRight: num(r.exploredRight),
    othersRight: num(r.othersRight),
  }));
}
