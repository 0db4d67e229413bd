import "server-only";
import { lessons, questionsForLesson } from "@/lib/content";
import {
  lessonFigure,
  type LessonAnswer,
  type LessonQuestionInfo,
} from "@/lib/learning/lesson-mastery";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { overviewRows } from "@/lib/db/dashboard/overview";

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

/** Each lesson's own questions, and the lessons each question belongs to. */
function lessonQuestions() {
  const own = new Map<string, LessonQuestionInfo[]>();
  const lessonsOf = new Map<string, string[]>();
  for (const lesson of lessons) {
    const questions = questionsForLesson(lesson.id);
    own.set(
      lesson.id,
      questions.map((q) => ({ id: q.id, concepts: q.concepts, type: q.type })),
    );
    for (const q of questions) lessonsOf.set(q.id, [...(lessonsOf.get(q.id) ?? []), lesson.id]);
  }
  return { own, lessonsOf };
}

/**
 * Per lesson, the sum and count of the learners' lesson figures (lessonFigure of
 * lib/learning/lesson-mastery.ts, as lessonFigures computes each lesson). Each learner's first
 * tries are split by lesson once, keeping their order, and only the lessons a learner answered
 * are replayed: a lesson's figure reads its own questions' answers alone and has no P(known)
 * without them, so the others add nothing to the mean. This replays each first try once
 * instead of scanning every answer once per lesson.
 */
function lessonMasterySums(firstTries: readonly (LessonAnswer & { userId: string })[]) {
  const { own, lessonsOf } = lessonQuestions();
  const perLearner = new Map<string, Map<string, LessonAnswer[]>>();
  for (const { userId, ...answer } of firstTries) {
    let byLesson = perLearner.get(userId);
    if (!byLesson) {
      byLesson = new Map<string, LessonAnswer[]>();
      perLearner.set(userId, byLesson);
    }
    for (const lessonId of lessonsOf.get(answer.questionId) ?? []) {
      const list = byLesson.get(lessonId);
      if (list) list.push(answer);
      else byLesson.set(lessonId, [answer]);
    }
  }
  const sums = new Map<string, { sum: number; count: number }>();
  for (const byLesson of perLearner.values()) {
    for (const [lessonId, answers] of byLesson) {
      const p = lessonFigure(own.get(lessonId) ?? [], answers).pKnown;
      if (p === null) continue;
      const s = sums.get(lessonId) ?? { sum: 0, count: 0 };
      s.sum += p;
      s.count += 1;
      sums.set(lessonId, s);
    }
  }
  return sums;
}

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

  const rows = await overviewRows(ctx, classId, { weekAgo, since });
  const byLesson = new Map(rows.lessons.map((r) => [r.lessonId, r]));
  const mastery = lessonMasterySums(rows.firstTries);
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
