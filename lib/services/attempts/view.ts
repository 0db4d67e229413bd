import "server-only";
import { questionsForLesson } from "@/lib/content";
import { publicQuestion, revealHint } from "@/lib/learning/grading";
import { MAX_TRIES } from "@/lib/learning/credit";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { AppError } from "@/lib/errors";
import { attemptRows, latestLessonAttemptId } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { runProgram } from "@/lib/db/sql";
import { questionIdsOf } from "../quiz/attempt";
import type { AttemptView, QuestionState, StoredOutcome } from "@/lib/contracts/quiz";
import { instanceSeed } from "../quiz/seed";

export type { AttemptView, QuestionState } from "@/lib/contracts/quiz";

export async function attemptView(userId: string, attemptId: string): Promise<AttemptView> {
  const { attempt, hintsTaken } = await runProgram(
    db(),
    () => attemptRows(userId, attemptId, questionIdsOf),
    {
      write: false,
    },
  );
  if (!attempt || attempt.userId !== userId) {
    throw new AppError(404, `No attempt ${attemptId} of yours exists.`, { attemptId: "not found" });
  }
  const ids = questionIdsOf(attempt);
  const questions = questionsForLesson(attempt.lessonId).filter((q) => ids.includes(q.id));
  const states: QuestionState[] = questions.map((q) => {
    const answers = attempt.answers.filter((a) => a.questionId === q.id);
    const correct = answers.some((a) => a.correct);
    const status = correct
      ? "correct"
      : answers.length >= MAX_TRIES
        ? "missed"
        : answers.length > 0
          ? "in-progress"
          : "unanswered";
    return {
      id: q.id,
      status,
      tries: answers.length,
      hintsTaken: hintsTaken.get(q.id) ?? 0,
      score: Math.max(0, ...answers.map((a) => a.score)),
    };
  });
  const currentState = states.find((s) => s.status === "unanswered" || s.status === "in-progress");
  const currentQuestion = currentState && questions.find((q) => q.id === currentState.id);
  let current: AttemptView["current"] = null;
  if (currentQuestion && currentState) {
    const instance = cachedInstance(currentQuestion, instanceSeed(attempt.id, currentQuestion.id));
    const last = attempt.answers.filter((a) => a.questionId === currentQuestion.id).at(-1);
    current = {
      question: publicQuestion(instance),
      hints: Array.from(
        { length: Math.min(currentState.hintsTaken, currentQuestion.hints.length) },
        (_, i) => revealHint(instance, i),
      ).filter((hint): hint is string => hint !== undefined),
      hintCount: currentQuestion.hints.length,
      lastOutcome: last ? (JSON.parse(last.payload) as { outcome: StoredOutcome }).outcome : null,
    };
  }
  return {
    attemptId: attempt.id,
    lessonId: attempt.lessonId,
    kind: attempt.kind === "review" ? "review" : "lesson",
    completed: currentState === undefined,
    questions: states,
    current,
    totalScore: states.reduce((sum, s) => sum + s.score, 0),
  };
}

/** The learner's open pass through a lesson, if any (viewing a lesson never creates one). */
export async function openLessonAttempt(
  userId: string,
  lessonId: string,
): Promise<AttemptView | null> {
  const open = await latestLessonAttemptId(db(), userId, lessonId);
  return open ? attemptView(userId, open) : null;
}
