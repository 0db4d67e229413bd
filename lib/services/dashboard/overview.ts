import "server-only";
import { lessons } from "@/lib/content";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { overviewCounts } from "@/lib/db/dashboard/overview";
import { lessonMasterySums } from "./lesson-figures";

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
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const since = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
      (ACTIVITY_DAYS - 1) * DAY_MS,
  );

  const [rows, mastery] = await Promise.all([
    overviewCounts(ctx, classId, { weekAgo, since }),
    lessonMasterySums(ctx, classId),
  ]);
  const byLesson = new Map(rows.lessons.map((r) => [r.lessonId, r]));
  const lessonRows = lessons.map((lesson): LessonRow => {
    const row = byLesson.get(lesson.id);
    const completed = row?.completed ?? 0;
    const { sum, count } = mastery.get(lesson.id) ?? { sum: 0, count: 0 };
    return {
      lessonId: lesson.id,
      title: lesson.title,
      started: row?.started ?? 0,
      completed,
      completion: rows.learnerCount > 0 ? completed / rows.learnerCount : 0,
      meanMastery: count > 0 ? sum / count : null,
      masteryLearners: count,
    };
  });

  const byDay = new Map(rows.days.map((r) => [r.day, r]));
  const activity = Array.from({ length: ACTIVITY_DAYS }, (_, i): ActivityDay => {
    const day = utcDay(new Date(since.getTime() + i * DAY_MS));
    const r = byDay.get(day);
    return {
      day,
      answers: r?.answers ?? 0,
      learners: r?.learners ?? 0,
      correct: r?.correct ?? 0,
    };
  });

  return {
    learnerCount: rows.learnerCount,
    activeThisWeek: rows.activeThisWeek,
    lessons: lessonRows,
    activity,
  };
}
