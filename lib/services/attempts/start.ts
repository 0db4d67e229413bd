import "server-only";
import { getLesson, getQuestion, questionsForLesson } from "@/lib/content";
import { AppError } from "@/lib/errors";
import { startOrResumeProgram, startReviewProgram } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { runProgram } from "@/lib/db/sql";

const firstQuestionOf = (lessonId: string) => questionsForLesson(lessonId)[0]?.id ?? null;

/** Opens the learner's unfinished attempt at a lesson, or a new one (restart forces new). */
export async function startOrResumeAttempt(
  userId: string,
  lessonId: string,
  restart = false,
  now = new Date(),
): Promise<{ attemptId: string }> {
  if (!getLesson(lessonId)) {
    throw new AppError(422, `lessonId: there is no lesson ${lessonId}.`, {
      lessonId: "unknown lesson",
    });
  }
  return runProgram(
    db(),
    () => startOrResumeProgram(userId, lessonId, restart, firstQuestionOf(lessonId), now),
    { write: true },
  );
}

/**
 * A review of one due question: a fresh attempt of its own, so a simulated question draws new
 * numbers and the answer is stored like any other (mastery and the schedule update as usual).
 */
export async function startReview(
  userId: string,
  questionId: string,
): Promise<{ attemptId: string }> {
  const question = getQuestion(questionId);
  if (!question) {
    throw new AppError(422, `questionId: there is no question ${questionId}.`, {
      questionId: "unknown question",
    });
  }
  return runProgram(db(), () => startReviewProgram(userId, questionId, question.lessonId), {
    write: true,
  });
}
