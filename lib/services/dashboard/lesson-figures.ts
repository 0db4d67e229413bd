import "server-only";
import { z } from "zod";
import { lessons, questionsForLesson } from "@/lib/content";
import {
  lessonFigure,
  type LessonAnswer,
  type LessonQuestionInfo,
} from "@/lib/learning/lesson-mastery";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import {
  classLessonFigureRows,
  firstTriesOf,
  saveLessonFigures,
  type StoredFigures,
} from "@/lib/db/dashboard/lesson-figures";

/**
 * A learner's lesson figures as stored: P(known) per lesson answered (lessonFigure of
 * lib/learning/lesson-mastery.ts over the learner's first tries on that lesson's questions), and
 * the learner's oldest first try, which orders the learners as the sums over them were always
 * taken (floating-point sums depend on their order).
 */
const Figures = z.object({
  first: z.tuple([z.string(), z.string()]),
  pKnown: z.record(z.string(), z.number()),
});
type Figures = z.infer<typeof Figures>;

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
 * One learner's figures from their first tries (oldest first). The tries are split by lesson
 * once, keeping their order, and only the lessons answered are replayed: a lesson's figure reads
 * its own questions' answers alone and has no P(known) without them.
 */
export function figuresOf(
  answers: readonly (LessonAnswer & { id: string; createdAt: Date })[],
): Figures | null {
  const first = answers[0];
  if (!first) return null;
  const { own, lessonsOf } = lessonQuestions();
  const byLesson = new Map<string, LessonAnswer[]>();
  for (const answer of answers) {
    for (const lessonId of lessonsOf.get(answer.questionId) ?? []) {
      const list = byLesson.get(lessonId);
      if (list) list.push(answer);
      else byLesson.set(lessonId, [answer]);
    }
  }
  const pKnown: Record<string, number> = {};
  for (const [lessonId, list] of byLesson) {
    const p = lessonFigure(own.get(lessonId) ?? [], list).pKnown;
    if (p !== null) pKnown[lessonId] = p;
  }
  return { first: [first.createdAt.toISOString(), first.id], pKnown };
}

function parsed(row: StoredFigures): Figures | null {
  if (row.version !== row.computedVersion) return null;
  try {
    const result = Figures.safeParse(JSON.parse(row.figures));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Computes and stores the figures of the learners whose first tries moved since last time. */
async function refresh(ctx: DashboardDb, stale: readonly StoredFigures[]) {
  const tries = await firstTriesOf(
    ctx,
    stale.map((s) => s.userId),
  );
  const byLearner = new Map<string, typeof tries>();
  for (const t of tries) byLearner.set(t.userId, [...(byLearner.get(t.userId) ?? []), t]);
  const computed = stale.map((s) => ({ ...s, value: figuresOf(byLearner.get(s.userId) ?? []) }));
  await saveLessonFigures(
    ctx,
    computed.map((c) => ({
      userId: c.userId,
      version: c.version,
      figures: JSON.stringify(c.value ?? { first: ["", ""], pKnown: {} }),
    })),
  );
  return computed.flatMap((c) => (c.value ? [c.value] : []));
}

const byFirstTry = (a: Figures, b: Figures) =>
  a.first[0] !== b.first[0]
    ? a.first[0] < b.first[0]
      ? -1
      : 1
    : a.first[1] < b.first[1]
      ? -1
      : a.first[1] > b.first[1]
        ? 1
        : 0;

/**
 * Per lesson, the sum and count of the class's learners' lesson figures: one stored row per
 * learner, recomputed only for learners who answered a first try since it was stored.
 */
export async function lessonMasterySums(ctx: DashboardDb, classId: string) {
  const rows = await classLessonFigureRows(ctx, classId);
  const fresh: Figures[] = [];
  const stale: StoredFigures[] = [];
  for (const row of rows) {
    const figures = parsed(row);
    if (figures) fresh.push(figures);
    else stale.push(row);
  }
  const all = [...fresh, ...(stale.length > 0 ? await refresh(ctx, stale) : [])];
  all.sort(byFirstTry);
  const sums = new Map<string, { sum: number; count: number }>();
  for (const figures of all) {
    for (const lesson of lessons) {
      const p = figures.pKnown[lesson.id];
      if (p === undefined) continue;
      const s = sums.get(lesson.id) ?? { sum: 0, count: 0 };
      s.sum += p;
      s.count += 1;
      sums.set(lesson.id, s);
    }
  }
  return sums;
}
