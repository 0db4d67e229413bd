import "server-only";
import { num, readRows, sql, text } from "../sql";
import { classLearners, dayOf, type DashboardDb } from "./context";

/** The rows behind the class overview: counts per lesson and per day, and every first try. */
export async function overviewRows(
  ctx: DashboardDb,
  classId: string,
  { weekAgo, since }: { weekAgo: Date; since: Date },
) {
  const { db, provider } = ctx;
  const learners = classLearners(classId);
  const [learnerCount, active, attempts, mastery, days] = await Promise.all([
    db.enrollment.count({ where: { classId } }),
    readRows(
      db,
      sql`
      SELECT COUNT(DISTINCT "userId") AS n FROM (
        SELECT "userId" FROM answers WHERE "createdAt" >= ${weekAgo} AND "userId" IN (${learners})
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
    db.answer.findMany({
      where: { tryNumber: 1, user: { enrollments: { some: { classId } } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        userId: true,
        questionId: true,
        correct: true,
        score: true,
        tryNumber: true,
        hintsUsed: true,
      },
    }),
    readRows(
      db,
      sql`
      SELECT ${dayOf(provider, sql`"createdAt"`)} AS day, COUNT(*) AS answers,
             COUNT(DISTINCT "userId") AS learners,
             SUM(CASE WHEN correct THEN 1 ELSE 0 END) AS correct
      FROM answers WHERE "createdAt" >= ${since} AND "userId" IN (${learners})
      GROUP BY ${dayOf(provider, sql`"createdAt"`)}`,
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
    firstTries: mastery,
    days: days.map((r) => ({
      day: text(r.day),
      answers: num(r.answers),
      learners: num(r.learners),
      correct: num(r.correct),
    })),
  };
}
