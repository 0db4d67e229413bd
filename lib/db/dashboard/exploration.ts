import "server-only";
import { num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";
import { marksCte } from "./marks";

/**
 * Per question, over the same learners and attempts as item analysis (each learner's first
 * finished lesson attempt): how many answered it, how many moved the plot's sliders before
 * their first try, and how many first tries were right in each group.
 */
export async function explorationByItem(ctx: DashboardDb, classId: string) {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${marksCte(ctx, classId, undefined, { finishedOnly: true })}
    SELECT a."questionId",
      COUNT(*) AS learners,
      SUM(CASE WHEN e.id IS NOT NULL THEN 1 ELSE 0 END) AS explored,
      SUM(CASE WHEN e.id IS NOT NULL AND a.correct THEN 1 ELSE 0 END) AS "exploredRight",
      SUM(CASE WHEN e.id IS NULL AND a.correct THEN 1 ELSE 0 END) AS "othersRight"
    FROM first_attempts f
    JOIN answers a ON a."attemptId" = f.id AND a."tryNumber" = 1
    LEFT JOIN answer_explorations e ON e."answerId" = a.id
    GROUP BY a."questionId"`,
  );
  return rows.map((r) => ({
    questionId: text(r.questionId),
    learners: num(r.learners),
    explored: num(r.explored),
    exploredRight: num(r.exploredRight),
    othersRight: num(r.othersRight),
  }));
}

/** The same counts from the class's stored item sums (class_item_totals), one row per question. */
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
