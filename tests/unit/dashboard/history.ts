// The dashboard's queries as they were before the running totals (migration
// 20261201210000_dashboard_totals): every figure computed from the stored answers themselves.
// Kept verbatim as the oracle the totals-based queries must agree with (totals.test.ts).
import { classLearners, dayOf, responseField, type DashboardDb } from "@/lib/db/dashboard/context";
import type { LearnerProgress, MasteredAt } from "@/lib/db/dashboard/learners";
import { parseIds, type ResponseGroup } from "@/lib/db/dashboard/responses";
import { dateOrNull, num, numOrNull, readRows, sql, text, type Statement } from "@/lib/db/sql";
import { lessons } from "@/lib/content";
import { lessonFigures, type LessonAnswer } from "@/lib/learning/lesson-mastery";

export function historyMarksCte(
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

export async function historyItemMarks(ctx: DashboardDb, classId: string) {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${historyMarksCte(ctx, classId, undefined, { finishedOnly: true })}
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

export async function historyResponseGroups(
  ctx: DashboardDb,
  classId: string,
): Promise<Map<string, ResponseGroup[]>> {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${historyMarksCte(ctx, classId, undefined, { finishedOnly: true })}
    SELECT "questionId", "firstChoice" AS choice, "firstCorrect" AS correct,
           "firstMisconceptions" AS misconceptions, COUNT(*) AS n
    FROM marks
    GROUP BY "questionId", "firstChoice", "firstCorrect", "firstMisconceptions"`,
  );

  const byQuestion = new Map<string, ResponseGroup[]>();
  for (const r of rows) {
    const questionId = text(r.questionId);
    const list = byQuestion.get(questionId) ?? [];
    list.push({
      questionId,
      choice: typeof r.choice === "string" ? r.choice : null,
      correct: num(r.correct) === 1,
      misconceptions: parseIds(typeof r.misconceptions === "string" ? r.misconceptions : "[]"),
      n: num(r.n),
    });
    byQuestion.set(questionId, list);
  }
  return byQuestion;
}

export async function historyLearnerProgress(
  ctx: DashboardDb,
  classId: string,
  mastered: MasteredAt,
): Promise<LearnerProgress[]> {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${historyMarksCte(ctx, classId)},
    firstmarks AS (
      SELECT "userId", COUNT(*) AS answered, CAST(AVG(mark) AS DOUBLE PRECISION) AS "meanMark",
             SUM("firstCorrect") AS "correctFirstTry", SUM(hints) AS hints
      FROM marks GROUP BY "userId"
    ),
    att AS (
      SELECT "userId", COUNT(DISTINCT "lessonId") AS started,
             COUNT(DISTINCT CASE WHEN "completedAt" IS NOT NULL THEN "lessonId" END) AS completed,
             MAX("startedAt") AS "lastStart"
      FROM quiz_attempts WHERE kind = 'lesson' AND "userId" IN (${classLearners(classId)})
      GROUP BY "userId"
    ),
    act AS (
      SELECT "userId", MAX("createdAt") AS "lastAnswer" FROM answers
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

export async function historyOverviewRows(
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

export async function historyHeatmapRows({ db }: DashboardDb, classId: string) {
  const [members, cells] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.conceptMastery.findMany({
      where: { user: { enrollments: { some: { classId } } } },
      select: { userId: true, conceptId: true, pKnown: true, attempts: true, correct: true },
    }),
  ]);
  return { members, cells };
}

/**
 * The overview's lesson mastery as it was computed: every lesson's figure (lessonFigures) for
 * every learner over all of the learner's first tries, then the mean per lesson.
 */
export function historyLessonMastery(
  firstTries: readonly (LessonAnswer & { userId: string })[],
): { lessonId: string; meanMastery: number | null; masteryLearners: number }[] {
  const perLearner = new Map<string, LessonAnswer[]>();
  for (const { userId, ...answer } of firstTries) {
    const list = perLearner.get(userId) ?? [];
    list.push(answer);
    perLearner.set(userId, list);
  }
  const figures = [...perLearner.values()].map((answers) => lessonFigures(answers));
  return lessons.map((lesson) => {
    let sum = 0;
    let count = 0;
    for (const f of figures) {
      const p = f.get(lesson.id)?.pKnown;
      if (p != null) {
        sum += p;
        count += 1;
      }
    }
    return {
      lessonId: lesson.id,
      meanMastery: count > 0 ? sum / count : null,
      masteryLearners: count,
    };
  });
}
