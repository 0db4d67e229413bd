import "server-only";
import { correlationFromSums, groupSize } from "@/lib/learning/item-analysis";
import { num, numOrNull, Prisma, type DashboardDb } from "./context";
import { marksCte } from "./marks";

/** One question's statistics over the class (see lib/learning/item-analysis.ts for the maths). */
export interface ItemRow {
  questionId: string;
  lessonId: string;
  n: number;
  facility: number;
  groupSize: number;
  upperFacility: number | null;
  lowerFacility: number | null;
  discrimination: number | null;
  correlation: number | null;
  meanTries: number;
  meanHints: number;
  medianTimeMs: number;
}

/**
 * Facility, upper-lower discrimination and item-rest correlation in one grouped query: the
 * ranking by lesson total is a window function, the correlation comes from running sums.
 */
export async function itemStatistics(ctx: DashboardDb, classId: string): Promise<ItemRow[]> {
  const stats = await ctx.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH ${marksCte(ctx, classId)},
    totals AS (
      SELECT "userId", "lessonId", SUM(mark) AS total FROM marks GROUP BY "userId", "lessonId"
    ),
    ranked AS (
      SELECT m."questionId", m."lessonId", m.mark, m.tries, m.hints, tt.total - m.mark AS rest,
             ROW_NUMBER() OVER (PARTITION BY m."questionId" ORDER BY tt.total DESC, m."userId") AS rk,
             COUNT(*) OVER (PARTITION BY m."questionId") AS n
      FROM marks m JOIN totals tt ON tt."userId" = m."userId" AND tt."lessonId" = m."lessonId"
    ),
    grouped AS (
      SELECT r.*, CASE WHEN n >= 30 THEN (27 * n + 50) / 100 ELSE n / 3 END AS g FROM ranked r
    ),
    -- The median needs the middle one or two rows of each question's sorted times.
    ordered AS (
      SELECT "questionId", ms,
             ROW_NUMBER() OVER (PARTITION BY "questionId" ORDER BY ms) AS i,
             COUNT(*) OVER (PARTITION BY "questionId") AS c
      FROM marks
    ),
    medians AS (
      SELECT "questionId", CAST(AVG(ms) AS DOUBLE PRECISION) AS median
      FROM ordered WHERE i IN ((c + 1) / 2, (c + 2) / 2) GROUP BY "questionId"
    ),
    stats AS (
      SELECT "questionId", MAX("lessonId") AS "lessonId", COUNT(*) AS n, MAX(g) AS g,
             CAST(AVG(mark) AS DOUBLE PRECISION) AS facility,
             CAST(AVG(CASE WHEN rk <= g THEN mark END) AS DOUBLE PRECISION) AS upper,
             CAST(AVG(CASE WHEN rk > n - g THEN mark END) AS DOUBLE PRECISION) AS lower,
             SUM(mark) AS sx, SUM(rest) AS sy, SUM(mark * rest) AS sxy,
             SUM(mark * mark) AS sxx, SUM(rest * rest) AS syy,
             CAST(AVG(tries) AS DOUBLE PRECISION) AS "meanTries",
             CAST(AVG(hints) AS DOUBLE PRECISION) AS "meanHints"
      FROM grouped GROUP BY "questionId"
    )
    SELECT s.*, md.median FROM stats s LEFT JOIN medians md ON md."questionId" = s."questionId"
    ORDER BY s."questionId"`);

  return stats.map((r) => {
    const n = num(r.n);
    const g = num(r.g);
    const upper = g > 0 ? numOrNull(r.upper) : null;
    const lower = g > 0 ? numOrNull(r.lower) : null;
    if (g !== groupSize(n))
      throw new Error(`group size ${g} for n = ${n} differs from groupSize()`);
    const questionId = String(r.questionId);
    return {
      questionId,
      lessonId: String(r.lessonId),
      n,
      facility: num(r.facility),
      groupSize: g,
      upperFacility: upper,
      lowerFacility: lower,
      discrimination: upper !== null && lower !== null ? upper - lower : null,
      correlation: correlationFromSums({
        n,
        sx: num(r.sx),
        sy: num(r.sy),
        sxy: num(r.sxy),
        sxx: num(r.sxx),
        syy: num(r.syy),
      }),
      meanTries: num(r.meanTries),
      meanHints: num(r.meanHints),
      medianTimeMs: numOrNull(r.median) ?? 0,
    };
  });
}
