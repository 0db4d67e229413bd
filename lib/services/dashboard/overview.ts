import "server-only";
import { lessons } from "@/lib/content";
import { lessonFigures, type LessonAnswer } from "@/lib/learning/lesson-mastery";
import { classLearners, dayOf, num, Prisma, type DashboardDb } from "./context";

const DAY_MS = 86_400_000;
export const ACTIVITY_DAYS = 28;

export interface LessonRow {
  lessonId: string;
  title: string;
  started: number;
  completed: number;
  /** Share of the class's learners who completed the lesson at least once. */
  completion: number;
  /**
   * Mean of the learners' lesson figures (lib/learning/lesson-mastery.ts: BKT replayed over
   * each learner's first tries on this lesson's own questions), among learners with at least
   * one; null when nobody has answered them.
   */
  meanMastery: number | null;
  /** Learners the mean is over. */
  masteryLearners: number;
}

export interface ActivityDay {
  day: string;
  answers: number;
  learners: number;
  correct: number;
}

export interface Overview {
  learnerCount: number;
  activeThisWeek: number;
  lessons: LessonRow[];
  activity: ActivityDay[];
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export async function classOverview(
  ctx: DashboardDb,
  classId: string,
  now = new Date(),
): Promise<Overview> {
  const { db, provider } = ctx;
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const since = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
      (ACTIVITY_DAYS - 1) * DAY_MS,
  );
  const learners = classLearners(classId);

  const [learnerCount, active, attempts, mastery, days] = await Promise.all([
    db.enrollment.count({ where: { classId } }),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT COUNT(DISTINCT "userId") AS n FROM (
        SELECT "userId" FROM answers WHERE "createdAt" >= ${weekAgo} AND "userId" IN (${learners})
        UNION
        SELECT "userId" FROM quiz_attempts WHERE "startedAt" >= ${weekAgo} AND "userId" IN (${learners})
      ) recent`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT "lessonId", COUNT(DISTINCT "userId") AS started,
             COUNT(DISTINCT CASE WHEN "completedAt" IS NOT NULL THEN "userId" END) AS completed
      FROM quiz_attempts WHERE kind = 'lesson' AND "userId" IN (${learners})
      GROUP BY "lessonId"`),
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
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT ${dayOf(provider, Prisma.sql`"createdAt"`)} AS day, COUNT(*) AS answers,
             COUNT(DISTINCT "userId") AS learners,
             SUM(CASE WHEN correct THEN 1 ELSE 0 END) AS correct
      FROM answers WHERE "createdAt" >= ${since} AND "userId" IN (${learners})
      GROUP BY ${dayOf(provider, Prisma.sql`"createdAt"`)}`),
  ]);

  const byLesson = new Map(attempts.map((r) => [String(r.lessonId), r]));
  const perLearner = new Map<string, LessonAnswer[]>();
  for (const { userId, ...answer } of mastery) {
    const list = perLearner.get(userId) ?? [];
    list.push(answer);
    perLearner.set(userId, list);
  }
  const figures = [...perLearner.values()].map((answers) => lessonFigures(answers));
  const lessonRows = lessons.map((lesson): LessonRow => {
    const row = byLesson.get(lesson.id);
    const completed = row ? num(row.completed) : 0;
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
      title: lesson.title,
      started: row ? num(row.started) : 0,
      completed,
      completion: learnerCount > 0 ? completed / learnerCount : 0,
      meanMastery: count > 0 ? sum / count : null,
      masteryLearners: count,
    };
  });

  const byDay = new Map(days.map((r) => [String(r.day), r]));
  const activity = Array.from({ length: ACTIVITY_DAYS }, (_, i): ActivityDay => {
    const day = utcDay(new Date(since.getTime() + i * DAY_MS));
    const r = byDay.get(day);
    return {
      day,
      answers: r ? num(r.answers) : 0,
      learners: r ? num(r.learners) : 0,
      correct: r ? num(r.correct) : 0,
    };
  });

  return {
    learnerCount,
    activeThisWeek: num(active[0]?.n ?? 0),
    lessons: lessonRows,
    activity,
  };
}
