import "server-only";
import { num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";
import { marksCte } from "./marks";

/** One mark per learner and question, from the learners' first finished attempts. */
export async function itemMarks(ctx: DashboardDb, classId: string) {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${marksCte(ctx, classId, undefined, { finishedOnly: true })}
    SELECT "userId", "questionId", "lessonId", mark, tries, hints, ms FROM marks`,
  );
  return rows.map((r) => ({
    learnerId: text(r.userId),
    itemId: text(r.questionId),
    groupId: text(r.lessonId),
    mark: num(r.mark),
    tries: num(r.tries),
    hints: num(r.hints),
    ms: num(r.ms),
  }));
}
