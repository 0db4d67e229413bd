import "server-only";
import { dateOrNull, numOrNull, readRows, sql } from "../sql";
import { classLearners, type DashboardDb } from "./context";

/** One learner's progress in the class: the CSV/JSON export row and the needs-help signals. */
export interface LearnerProgress {
  learnerId: string;
  name: string;
  email: string;
  joinedAt: Date;
  lessonsStarted: number;
  lessonsCompleted: number;
  questionsAnswered: number;
  correctFirstTry: number;
  meanMark: number | null;
  hintsUsed: number;
  meanPKnown: number | null;
  masteryAnswers: number;
  conceptsMastered: number;
  lastActiveAt: Date | null;
}

/** When a concept counts as mastered (lib/learning/levels.ts says). */
export interface MasteredAt {
  pKnown: number;
  correct: number;
}

/**
 * Every per-learner figure in one grouped query (one row per learner, none per answer); answers
 * are read through their running totals: learner_lesson_marks (the marks of marks.ts summed per
 * learner and lesson, kept by triggers) and learner_day_totals for the last answer.
 */
export async function learnerProgress(
  ctx: DashboardDb,
  classId: string,
  mastered: MasteredAt,
): Promise<LearnerProgress[]> {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH firstmarks AS (
      SELECT "userId", SUM(answered) AS answered,
             CAST(SUM("sumMark") AS DOUBLE PRECISION) / SUM(answered) AS "meanMark",
             SUM("firstCorrect") AS "correctFirstTry", SUM(hints) AS hints
      FROM learner_lesson_marks WHERE "userId" IN (${classLearners(classId)})
      GROUP BY "userId"
    ),
    att AS (
      SELECT "userId", COUNT(DISTINCT "lessonId") AS started,
             COUNT(DISTINCT CASE WHEN "completedAt" IS NOT NULL THEN "lessonId" END) AS completed,
             MAX("startedAt") AS "lastStart"
      FROM quiz_attempts WHERE kind = 'lesson' AND "userId" IN (${classLearners(classId)})
      GROUP BY "userId"
    ),
    act AS (
      SELECT "userId", MAX("lastAt") AS "lastAnswer" FROM learner_day_totals
      WHERE "userId" IN (${classLearners(classId)}) GROUP BY "userId"
    ),
    cm AS (
      SELECT "userId", CAST(AVG(CASE WHEN attempts > 0 THEN "pKnown" END) AS DOUBLE PRECISION) AS p,
             SUM(attempts) AS attempts,
             SUM(CASE WHEN "pKnown" >= ${mastered.pKnown} AND correct >= ${mastered.correct}
                      THEN 1 ELSE 0 END) AS mastered
      FROM concept_mastery WHERE "userId" IN (${classLearners(classId)}) GROUP BY "userId"
    )
    SELECT e."userId", e."joinedAt", u.name, u.email,
           att.started, att.completed, att."lastStart", act."lastAnswer",
           fm.answered, fm."meanMark", fm."correctFirstTry", fm.hints,
           cm.p, cm.attempts, cm.mastered
    FROM enrollments e
    JOIN users u ON u.id = e."userId"
    LEFT JOIN att ON att."userId" = e."userId"
    LEFT JOIN act ON act."userId" = e."userId"
    LEFT JOIN firstmarks fm ON fm."userId" = e."userId"
    LEFT JOIN cm ON cm."userId" = e."userId"
    WHERE e."classId" = ${classId}
    ORDER BY u.name, e."userId"`,
  );

  return rows.map((r) => {
    const lastStart = dateOrNull(r.lastStart);
    const lastAnswer = dateOrNull(r.lastAnswer);
    const lastActiveAt =
      lastStart && lastAnswer
        ? lastStart > lastAnswer
          ? lastStart
          : lastAnswer
        : (lastStart ?? lastAnswer);
    return {
      learnerId: String(r.userId),
      name: typeof r.name === "string" ? r.name : "",
      email: typeof r.email === "string" ? r.email : "",
      joinedAt: dateOrNull(r.joinedAt) ?? new Date(0),
      lessonsStarted: numOrNull(r.started) ?? 0,
      lessonsCompleted: numOrNull(r.completed) ?? 0,
      questionsAnswered: numOrNull(r.answered) ?? 0,
      correctFirstTry: numOrNull(r.correctFirstTry) ?? 0,
      meanMark: numOrNull(r.meanMark),
      hintsUsed: numOrNull(r.hints) ?? 0,
      meanPKnown: numOrNull(r.p),
      masteryAnswers: numOrNull(r.attempts) ?? 0,
      conceptsMastered: numOrNull(r.mastered) ?? 0,
      lastActiveAt,
    };
  });
}
