import "server-only";
import { bool, num, readRows, sql, text } from "../sql";
import { classLearners, type DashboardDb } from "./context";

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The rows behind the class overview: counts per lesson and per day, and every first try.
 * Answers are read through their running totals (migration 20261201210000_dashboard_totals):
 * learner_day_totals for activity (a learner answered since `weekAgo` exactly when one of their
 * days' last answer is that late), attempt_question_totals for the first tries (one per attempt
 * and question). `since` is a UTC midnight, so "answered since" is "on that day or later".
 */
export async function overviewRows(
  ctx: DashboardDb,
  classId: string,
  window: { weekAgo: Date; since: Date },
) {
  const [counts, mastery] = await Promise.all([
    overviewCounts(ctx, classId, window),
    readRows(
      ctx.db,
      sql`
      SELECT "userId", "questionId", "firstCorrect", "firstScore", "firstHints"
      FROM attempt_question_totals
      WHERE "firstAnswerId" IS NOT NULL AND "userId" IN (${classLearners(classId)})
      ORDER BY "firstAt", "firstAnswerId"`,
    ),
  ]);
  return {
    ...counts,
    firstTries: mastery.map((r) => ({
      userId: text(r.userId),
      questionId: text(r.questionId),
      correct: bool(r.firstCorrect),
      score: num(r.firstScore),
      tryNumber: 1,
      hintsUsed: num(r.firstHints),
    })),
  };
}

/** The overview's counts: learners, active this week, per lesson and per day (no answers). */
export async function overviewCounts(
  ctx: DashboardDb,
  classId: string,
  { weekAgo, since }: { weekAgo: Date; since: Date },
) {
  const { db } = ctx;
  if (since.getTime() % 86_400_000 !== 0)
    throw new RangeError(`overviewRows: since must be a UTC midnight, got ${since.toISOString()}`);
  const learners = classLearners(classId);
  const [learnerCount, active, attempts, days] = await Promise.all([
    db.enrollment.count({ where: { classId } }),
    readRows(
      db,
      sql`
      SELECT COUNT(DISTINCT "userId") AS n FROM (
        SELECT "userId" FROM learner_day_totals
        WHERE day >= ${utcDay(weekAgo)} AND "lastAt" >= ${weekAgo} AND "userId" IN (${learners})
        UNION
        SELECT "userId" FROM quiz_attempts WHERE "startedAt" >= ${weekAgo} AND "userId" IN (${learners})
      ) recent`,
    ),
    readRows(
      db,
      sql`
      SELECT "lessonId", COUNT(DISTINCT "userId") AS started,
             COUNT(DISTINCT CASE WHEN "completedAt" IS NOT NULL THEN "userId" END) AS completed
      FROM quiz_attempts WHERE kind = 'lesson' AND "userId" IN (${learners})
      GROUP BY "lessonId"`,
    ),
    readRows(
      db,
      sql`
      SELECT day, SUM(answers) AS answers, COUNT(DISTINCT "userId") AS learners,
             SUM(correct) AS correct
      FROM learner_day_totals WHERE day >= ${utcDay(since)} AND "userId" IN (${learners})
      GROUP BY day`,
    ),
  ]);

  return {
    learnerCount,
    activeThisWeek: num(active[0]?.n ?? 0),
    lessons: attempts.map((r) => ({
      lessonId: text(r.lessonId),
      started: num(r.started),
      completed: num(r.completed),
    })),
    days: days.map((r) => ({
      day: text(r.day),
      answers: num(r.answers),
      learners: num(r.learners),
      correct: num(r.correct),
    })),
  };
}
