import "server-only";
import type { ItemSums } from "@/lib/learning/item-analysis";
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

/** A question's sums over the class (item-analysis.ts turns them into figures). */
export interface ItemTotals extends ItemSums {
  lessonId: string;
  sumTries: number;
  sumHints: number;
  /** The middle time, or the two middle times summed, and how many (1 or 2). */
  middleMs: number;
  middleCount: number;
}

/** Lesson totals equal to a boundary's, within the tolerance item-analysis.ts uses. */
const TIED_TOP = sql`ABS(total - top) <= 1e-9 * (CASE WHEN total > 1 THEN total ELSE 1 END)`;
const TIED_BOTTOM = sql`ABS(total - bottom) <= 1e-9 * (CASE WHEN total > 1 THEN total ELSE 1 END)`;

/**
 * The sums behind each question's statistics, grouped in the database: one row per question,
 * whatever the size of the class. Each learner's mark is ranked within the question by their
 * total on the lesson (`down` from the highest, `up` from the lowest) and by time; the g-th
 * learner from each end (g = groupSize(n) of item-analysis.ts) sets that group's boundary.
 * Only rows bounded by learners × questions are read, inside the database; JavaScript gets
 * one row per question.
 */
export async function itemTotals(ctx: DashboardDb, classId: string): Promise<ItemTotals[]> {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${marksCte(ctx, classId, undefined, { finishedOnly: true })},
    lesson_totals AS (
      SELECT "userId", "lessonId", SUM(mark) AS total FROM marks GROUP BY "userId", "lessonId"
    ),
    ranked AS (
      SELECT m."questionId", m."lessonId", m.mark, m.tries, m.hints, m.ms, lt.total,
             COUNT(*) OVER (PARTITION BY m."questionId") AS n,
             AVG(m.mark) OVER (PARTITION BY m."questionId") AS mean,
             ROW_NUMBER() OVER (PARTITION BY m."questionId" ORDER BY lt.total DESC) AS down,
             ROW_NUMBER() OVER (PARTITION BY m."questionId" ORDER BY lt.total) AS up,
             ROW_NUMBER() OVER (PARTITION BY m."questionId" ORDER BY m.ms) AS by_time
      FROM marks m
      JOIN lesson_totals lt ON lt."userId" = m."userId" AND lt."lessonId" = m."lessonId"
    ),
    sized AS (
      SELECT ranked.*, CASE WHEN n >= 30 THEN (27 * n + 50) / 100 ELSE n / 3 END AS g
      FROM ranked
    ),
    bounds AS (
      SELECT "questionId", MAX(CASE WHEN down = g THEN total END) AS top,
             MAX(CASE WHEN up = g THEN total END) AS bottom
      FROM sized GROUP BY "questionId"
    ),
    flagged AS (
      SELECT s.*, b.top, b.bottom,
             CASE WHEN ${TIED_TOP} THEN 1 ELSE 0 END AS tied_top,
             CASE WHEN ${TIED_BOTTOM} THEN 1 ELSE 0 END AS tied_bottom,
             CASE WHEN by_time IN ((n + 1) / 2, n / 2 + 1) THEN 1 ELSE 0 END AS middle
      FROM sized s JOIN bounds b ON b."questionId" = s."questionId"
    )
    SELECT "questionId", MIN("lessonId") AS "lessonId", COUNT(*) AS n,
           CAST(SUM(mark) AS DOUBLE PRECISION) AS sx,
           CAST(SUM(mark * mark) AS DOUBLE PRECISION) AS sxx,
           CAST(SUM((mark - mean) * (mark - mean)) AS DOUBLE PRECISION) AS ss,
           CAST(SUM(total - mark) AS DOUBLE PRECISION) AS sy,
           CAST(SUM(mark * (total - mark)) AS DOUBLE PRECISION) AS sxy,
           CAST(SUM((total - mark) * (total - mark)) AS DOUBLE PRECISION) AS syy,
           CAST(SUM(tries) AS BIGINT) AS tries, CAST(SUM(hints) AS BIGINT) AS hints,
           CAST(SUM(middle * ms) AS BIGINT) AS "middleMs", SUM(middle) AS "middleCount",
           SUM(CASE WHEN total > top AND tied_top = 0 THEN 1 ELSE 0 END) AS "upBeyondN",
           CAST(SUM(CASE WHEN total > top AND tied_top = 0 THEN mark ELSE 0 END) AS DOUBLE PRECISION) AS "upBeyond",
           SUM(tied_top) AS "upTiedN",
           CAST(SUM(tied_top * mark) AS DOUBLE PRECISION) AS "upTied",
           SUM(CASE WHEN total < bottom AND tied_bottom = 0 THEN 1 ELSE 0 END) AS "lowBeyondN",
           CAST(SUM(CASE WHEN total < bottom AND tied_bottom = 0 THEN mark ELSE 0 END) AS DOUBLE PRECISION) AS "lowBeyond",
           SUM(tied_bottom) AS "lowTiedN",
           CAST(SUM(tied_bottom * mark) AS DOUBLE PRECISION) AS "lowTied"
    FROM flagged GROUP BY "questionId"`,
  );
  return rows.map((r) => ({
    itemId: text(r.questionId),
    lessonId: text(r.lessonId),
    n: num(r.n),
    sx: num(r.sx),
    sxx: num(r.sxx),
    squaredDeviations: num(r.ss),
    sy: num(r.sy),
    sxy: num(r.sxy),
    syy: num(r.syy),
    upper: {
      beyondCount: num(r.upBeyondN),
      beyondSum: num(r.upBeyond),
      tiedCount: num(r.upTiedN),
      tiedSum: num(r.upTied),
    },
    lower: {
      beyondCount: num(r.lowBeyondN),
      beyondSum: num(r.lowBeyond),
      tiedCount: num(r.lowTiedN),
      tiedSum: num(r.lowTied),
    },
    sumTries: num(r.tries),
    sumHints: num(r.hints),
    middleMs: num(r.middleMs),
    middleCount: num(r.middleCount),
  }));
}
