import "server-only";
import { joinSql, num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";

/**
 * The class's stored item figures (migration 20261202100000_dashboard_class_item_totals): per
 * question the sums over the learners' first finished attempts, the learners and marks per
 * lesson total, and the time bins that hold each question's median. Rows follow questions and
 * lesson totals, not learners.
 */
export async function classItemRows({ db }: DashboardDb, classId: string) {
  // Of the time bins only the one or two holding each question's middle places are read: the
  // learners counted up to each bin are summed in SQL, and a bin is kept when a middle place,
  // (n - 1) / 2 or n / 2 in whole numbers, falls inside it.
  const [totals, groups, bins] = await Promise.all([
    readRows(db, sql`SELECT * FROM class_item_totals WHERE "classId" = ${classId}`),
    readRows(
      db,
      sql`SELECT "questionId", total, learners, "sumMark" FROM class_item_groups
          WHERE "classId" = ${classId}`,
    ),
    readRows(
      db,
      sql`
      SELECT b."questionId", b.bin, b.learners, b.upto - b.learners AS earlier
      FROM (SELECT "questionId", bin, learners,
                   SUM(learners) OVER (PARTITION BY "questionId" ORDER BY bin) AS upto
            FROM class_item_time_bins WHERE "classId" = ${classId}) b
      JOIN class_item_totals t ON t."classId" = ${classId} AND t."questionId" = b."questionId"
      WHERE (b.upto > (t.learners - 1) / 2 AND b.upto - b.learners <= (t.learners - 1) / 2)
         OR (b.upto > t.learners / 2 AND b.upto - b.learners <= t.learners / 2)`,
    ),
  ]);
  return {
    totals: totals.map((r) => ({
      questionId: text(r.questionId),
      lessonId: text(r.lessonId),
      n: num(r.learners),
      sumMark: num(r.sumMark),
      sumMarkSq: num(r.sumMarkSq),
      sumRest: num(r.sumRest),
      sumRestSq: num(r.sumRestSq),
      sumMarkRest: num(r.sumMarkRest),
      sumTries: num(r.sumTries),
      sumHints: num(r.sumHints),
      firstTries: num(r.firstTries),
      explored: num(r.explored),
      exploredRight: num(r.exploredRight),
      othersRight: num(r.othersRight),
    })),
    groups: groups.map((r) => ({
      questionId: text(r.questionId),
      total: num(r.total),
      learners: num(r.learners),
      sumMark: num(r.sumMark),
    })),
    /** Only the bins holding a middle place, with the learners in earlier bins. */
    medianBins: bins.map((r) => ({
      questionId: text(r.questionId),
      bin: num(r.bin),
      learners: num(r.learners),
      before: num(r.earlier),
    })),
  };
}

export const TIME_BIN_MS = 1024;

/** The times of the class's learners that fall in the given bins of the given questions. */
export async function timesInBins(
  { db }: DashboardDb,
  classId: string,
  wanted: readonly { questionId: string; bin: number }[],
) {
  if (wanted.length === 0) return [];
  // One indexed range per bin (learner_item_marks by question and time), then the class's.
  const ranges = wanted.map(
    ({ questionId, bin }) => sql`
      SELECT m."questionId", m.ms FROM learner_item_marks m
      JOIN enrollments e ON e."userId" = m."userId" AND e."classId" = ${classId}
      WHERE m."questionId" = ${questionId}
        AND m.ms >= ${bin * TIME_BIN_MS} AND m.ms < ${(bin + 1) * TIME_BIN_MS}`,
  );
  const rows = await readRows(db, joinSql(ranges, " UNION ALL "));
  return rows.map((r) => ({ questionId: text(r.questionId), ms: num(r.ms) }));
}
