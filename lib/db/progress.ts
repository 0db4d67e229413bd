import "server-only";
import { db } from "./client";

/** Opens (or returns) the learner's attempt at a lesson; the home page resumes from it. */
export async function startLesson(userId: string, lessonId: string): Promise<{ id: string }> {
  const open = await db().quizAttempt.findFirst({
    where: { userId, lessonId, completedAt: null },
    select: { id: true },
  });
  if (open) {
    // Touching updatedAt makes this the lesson to continue.
    return db().quizAttempt.update({
      where: { id: open.id },
      data: { lessonId },
      select: { id: true },
    });
  }
  return db().quizAttempt.create({ data: { userId, lessonId }, select: { id: true } });
}

export interface LessonProgress {
  lessonId: string;
  attempts: number;
  answered: number;
  correct: number;
  lastActive: Date;
}

export async function lessonProgress(userId: string): Promise<LessonProgress[]> {
  const attempts = await db().quizAttempt.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: {
      lessonId: true,
      updatedAt: true,
      answers: { select: { correct: true } },
    },
  });
  const byLesson = new Map<string, LessonProgress>();
  for (const attempt of attempts) {
    const entry = byLesson.get(attempt.lessonId) ?? {
      lessonId: attempt.lessonId,
      attempts: 0,
      answered: 0,
      correct: 0,
      lastActive: attempt.updatedAt,
    };
    entry.attempts += 1;
    entry.answered += attempt.answers.length;
    entry.correct += attempt.answers.filter((answer) => answer.correct).length;
    byLesson.set(attempt.lessonId, entry);
  }
  // Most recent first: the first entry is the lesson to continue.
  return [...byLesson.values()];
}
