import "server-only";
import { sql, type Statement } from "../sql";
import { classLearners, responseField, type DashboardDb } from "./context";

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
 * The first attempts are picked among attempts (a few per learner), not answers, and answers
 * are then read by attempt id through its index. `marks` is MATERIALIZED (SQLite >= 3.35,
 * PostgreSQL >= 12) so queries reading it twice compute it once.
 */
export function marksCte(
  { provider }: DashboardDb,
  classId: string,
  learnerId?: string,
  { finishedOnly = false }: { finishedOnly?: boolean } = {},
): Statement {
  const onlyLearner = learnerId ? sql`AND q."userId" = ${learnerId}` : sql``;
  const onlyFinished = finishedOnly ? sql`AND q."completedAt" IS NOT NULL` : sql``;
  const choice = sql`COALESCE(${responseField(provider, "optionId")}, ${responseField(provider, "optionIds")})`;
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
      SELECT a."userId", a."questionId", MIN(f."lessonId") AS "lessonId",
             MAX(a.score) AS mark, COUNT(*) AS tries,
             MAX(a."hintsUsed") AS hints, SUM(a."timeTakenMs") AS ms,
             MAX(CASE WHEN a."tryNumber" = 1 AND a.correct THEN 1 ELSE 0 END) AS "firstCorrect",
             MAX(CASE WHEN a."tryNumber" = 1 THEN ${choice} END) AS "firstChoice",
             MAX(CASE WHEN a."tryNumber" = 1 THEN a.misconceptions END) AS "firstMisconceptions"
      FROM first_attempts f
      JOIN answers a ON a."attemptId" = f.id
      GROUP BY a."userId", a."questionId"
    )`;
}
