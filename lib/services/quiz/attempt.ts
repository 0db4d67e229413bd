import { getQuestion, questionsForLesson, type Question } from "@/lib/content";
import { MAX_TRIES } from "@/lib/learning/credit";
import { AppError } from "@/lib/errors";
import type { AttemptRow } from "@/lib/db/quiz-store";

/** An attempt as the quiz needs it (the row shape of lib/db/quiz-store.ts). */
export type AttemptRef = AttemptRow;

/** The questions an attempt covers: the lesson's, in order, or the one under review. */
export function questionIdsOf(attempt: Pick<AttemptRef, "lessonId" | "kind" | "reviewQuestionId">) {
  if (attempt.kind === "review" && attempt.reviewQuestionId) return [attempt.reviewQuestionId];
  return questionsForLesson(attempt.lessonId).map((q) => q.id);
}

/** Someone else's attempt is reported exactly like a missing one: ids are not probeable. */
export function ownAttemptOf(
  attempt: AttemptRef | null,
  userId: string,
  attemptId: string,
): AttemptRef {
  if (!attempt || attempt.userId !== userId) {
    throw new AppError(404, `No attempt ${attemptId} of yours exists.`, { attemptId: "not found" });
  }
  return attempt;
}

export function questionOfAttempt(questionId: string, attempt: AttemptRef): Question {
  const question = getQuestion(questionId);
  if (!question) {
    throw new AppError(422, `questionId: there is no question ${questionId}.`, {
      questionId: "unknown question",
    });
  }
  if (!questionIdsOf(attempt).includes(question.id)) {
    throw new AppError(422, `questionId: ${questionId} is not part of this attempt.`, {
      questionId: "not part of this attempt",
    });
  }
  return question;
}

/** The attempt's question ids that are neither answered correctly nor out of tries. */
export function unfinishedQuestionIds(
  attempt: AttemptRef,
  answers: readonly { questionId: string; correct: boolean }[],
) {
  const correct = new Set(answers.filter((a) => a.correct).map((a) => a.questionId));
  const tries = new Map<string, number>();
  for (const a of answers) tries.set(a.questionId, (tries.get(a.questionId) ?? 0) + 1);
  return questionIdsOf(attempt).filter(
    (id) => !correct.has(id) && (tries.get(id) ?? 0) < MAX_TRIES,
  );
}
