import "server-only";
import type { Db } from "./prisma";

export interface LessonProgress {
  lessonId: string;
  attempts: number;
  answered: number;
  correct: number;
  lastActive: Date;
}

export async function lessonProgress(db: Db, userId: string): Promise<LessonProgress[]> {
  const attempts = await db.quizAttempt.findMany({
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
