import "server-only";
import { sql, type Statement } from "../sql";
import { classLearners, type DashboardDb } from "./context";

/**
 * Common table expressions over a class's quiz answers, ending in `marks`: one row per learner
 * and question from the learner's FIRST attempt at the question's lesson (Moodle's "first
 * attempt" filter; review and tutor answers are practice, not the quiz). With `finishedOnly`
 * (item analysis and response counts) it is the first FINISHED attempt, as Moodle analyses
 * finished attempts: an attempt left part-way would have its unanswered items missing and
 * its lesson total too low, which skews the ranking behind discrimination.
 *   mark          best credit over the tries, already lowered for later tries and hints, as
 *                 Moodle's interactive mode marks; in [0, 1]
 *   tries, hints, ms (time over all tries), firstCorrect (0/1)
 *   firstChoice   the option id (or JSON array of ids) of the first try; null if not a choice
 *   firstMisconceptions  the first try's misconceptions JSON
 * The first attempts are picked among attempts (a few per learner), not answers, and each
 * attempt's questions are read from attempt_question_totals (one row per attempt and question,
 * kept by a trigger on answers: see the migration 20261201210000_dashboard_totals), so the
 * cost follows learners and questions, not tries. Each column there is the aggregate below
 * over one attempt's tries, and these aggregates compose (the max of maxima, the sum of sums),
 * so grouping the totals gives what grouping the answers gave. `marks` is MATERIALIZED
 * (SQLite >= 3.35, PostgreSQL >= 12) so queries reading it twice compute it once.
 */
export function marksCte(
  _ctx: DashboardDb,
  classId: string,
  learnerId?: string,
  { finishedOnly = false }: { finishedOnly?: boolean } = {},
): Statement {
  const onlyLearner = learnerId ? sql`AND q."userId" = ${learnerId}` : sql``;
  const onlyFinished = finishedOnly ? sql`AND q."completedAt" IS NOT NULL` : sql``;
  return sql`
    first_attempts AS (
      SELECT id, "lessonId" FROM (
        SELECT q.id, q."lessonId",
               ROW_NUMBER() OVER (PARTITION BY q."userId", q."lessonId" ORDER BY q."startedAt", q.id) AS rn
        FROM quiz_attempts q
        WHERE q.kind = 'lesson' AND q."userId" IN (${classLearners(classId)}) ${onlyLearner}
          ${onlyFinished}
      ) ranked WHERE rn = 1
    ),
    marks AS MATERIALIZED (
      SELECT t."userId", t."questionId", MIN(f."lessonId") AS "lessonId",
             MAX(t.mark) AS mark, SUM(t.tries) AS tries,
             MAX(t.hints) AS hints, CAST(SUM(t.ms) AS BIGINT) AS ms,
             MAX(t."firstCorrect") AS "firstCorrect",
             MAX(t."firstChoice") AS "firstChoice",
             MAX(t."firstMisconceptions") AS "firstMisconceptions"
      FROM first_attempts f
      JOIN attempt_question_totals t ON t."attemptId" = f.id
      GROUP BY t."userId", t."questionId"
    )`;
}
