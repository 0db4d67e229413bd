// The item, exploration and misconception figures as they were computed before the per-class
// totals (migration 20261202100000_dashboard_class_item_totals): from one mark per learner and
// question (history.ts) or from the answers themselves. Kept as the oracle that the stored
// figures must agree with (class-totals.test.ts).
import { misconceptionRows, type DashboardDb } from "@/lib/db/dashboard/context";
import { marksCte } from "@/lib/db/dashboard/marks";
import { classLearners } from "@/lib/db/dashboard/context";
import { num, readRows, sql, text } from "@/lib/db/sql";
import { analyseItems, marksByItem } from "@/lib/learning/item-analysis";
import { historyItemMarks } from "./history";

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** itemStatistics as it was: analyseItems over every mark, with means and the median time. */
export async function historyItemStatistics(ctx: DashboardDb, classId: string) {
  const marks = await historyItemMarks(ctx, classId);
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

/** explorationByItem as it was: first tries of the first finished attempts, and their moves. */
export async function historyExplorationByItem(ctx: DashboardDb, classId: string) {
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

/** misconceptionCounts' answer half as it was: every answer's misconceptions, unnested. */
export async function historyAnswerMisconceptions({ db, provider }: DashboardDb, classId: string) {
  const rows = await readRows(
    db,
    sql`
    SELECT j.value AS id, COUNT(DISTINCT a."userId") AS learners, COUNT(*) AS answers,
           COUNT(DISTINCT a."questionId") AS questions
    FROM answers a, ${misconceptionRows(provider)}
    WHERE a."userId" IN (${classLearners(classId)}) AND a.misconceptions <> '[]'
    GROUP BY j.value`,
  );
  return rows.map((r) => ({
    id: text(r.id),
    learners: num(r.learners),
    answers: num(r.answers),
    questions: num(r.questions),
  }));
}
