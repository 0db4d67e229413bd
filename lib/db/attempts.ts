import "server-only";
import { getLesson, getQuestion, questionsForLesson } from "@/lib/content";
import {
  instantiateQuestion,
  publicQuestion,
  revealHint,
  type PublicQuestion,
} from "@/lib/learning/grading";
import { MAX_TRIES } from "@/lib/learning/credit";
import { AppError } from "@/lib/http/errors";
import { db } from "./client";
import { writeTransaction } from "./transaction";
import { instanceSeed, questionIdsOf, type AnswerOutcome } from "./quiz";

/** Opens the learner's unfinished attempt at a lesson, or a new one (restart forces new). */
export async function startOrResumeAttempt(
  userId: string,
  lessonId: string,
  restart = false,
): Promise<{ attemptId: string }> {
  if (!getLesson(lessonId)) {
    throw new AppError(422, `lessonId: there is no lesson ${lessonId}.`, {
      lessonId: "unknown lesson",
    });
  }
  return writeTransaction(db(), async (tx) => {
    const open = await tx.quizAttempt.findFirst({
      where: { userId, lessonId, kind: "lesson", completedAt: null },
      orderBy: { updatedAt: "desc" },
      select: { id: true },
    });
    if (open && !restart) {
      // Touching updatedAt makes this the lesson to continue on the home page.
      await tx.quizAttempt.update({ where: { id: open.id }, data: { lessonId } });
      return { attemptId: open.id };
    }
    const first = questionsForLesson(lessonId)[0]?.id ?? null;
    const created = await tx.quizAttempt.create({
      data: { userId, lessonId, currentQuestionId: first },
      select: { id: true },
    });
    return { attemptId: created.id };
  });
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
  return writeTransaction(db(), async (tx) => {
    const open = await tx.quizAttempt.findFirst({
      where: { userId, kind: "review", reviewQuestionId: questionId, completedAt: null },
      select: { id: true },
    });
    if (open) return { attemptId: open.id };
    const created = await tx.quizAttempt.create({
      data: {
        userId,
        lessonId: question.lessonId,
        kind: "review",
        reviewQuestionId: questionId,
        currentQuestionId: questionId,
      },
      select: { id: true },
    });
    return { attemptId: created.id };
  });
}

export interface QuestionState {
  id: string;
  status: "unanswered" | "in-progress" | "correct" | "missed";
  tries: number;
  hintsTaken: number;
  score: number;
}

export interface AttemptView {
  attemptId: string;
  lessonId: string;
  kind: "lesson" | "review";
  completed: boolean;
  questions: QuestionState[];
  /** The question to show: the first unfinished one, with what the learner already did on it. */
  current: {
    question: PublicQuestion;
    hints: string[];
    hintCount: number;
    lastOutcome: Omit<AnswerOutcome, "replayed"> | null;
  } | null;
  totalScore: number;
}

export async function attemptView(userId: string, attemptId: string): Promise<AttemptView> {
  const attempt = await db().quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      lessonId: true,
      kind: true,
      reviewQuestionId: true,
      completedAt: true,
      answers: {
        orderBy: { createdAt: "asc" },
        select: { questionId: true, correct: true, score: true, payload: true },
      },
    },
  });
  if (!attempt || attempt.userId !== userId) {
    throw new AppError(404, `No attempt ${attemptId} of yours exists.`, { attemptId: "not found" });
  }
  const ids = questionIdsOf(attempt);
  const questions = questionsForLesson(attempt.lessonId).filter((q) => ids.includes(q.id));
  const hintRows = await db().hintUse.groupBy({
    by: ["questionId"],
    where: { userId, questionId: { in: questions.map((q) => q.id) } },
    _count: { _all: true },
  });
  const hintsTaken = new Map(hintRows.map((row) => [row.questionId, row._count._all]));
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
    const instance = instantiateQuestion(
      currentQuestion,
      instanceSeed(attempt.id, currentQuestion.id),
    );
    const last = attempt.answers.filter((a) => a.questionId === currentQuestion.id).at(-1);
    current = {
      question: publicQuestion(instance),
      hints: Array.from(
        { length: Math.min(currentState.hintsTaken, currentQuestion.hints.length) },
        (_, i) => revealHint(instance, i),
      ).filter((hint): hint is string => hint !== undefined),
      hintCount: currentQuestion.hints.length,
      lastOutcome: last ? (JSON.parse(last.payload) as { outcome: AnswerOutcome }).outcome : null,
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
