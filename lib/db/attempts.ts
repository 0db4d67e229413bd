import "server-only";
import { getLesson, getQuestion, questionsForLesson } from "@/lib/content";
import { publicQuestion, revealHint } from "@/lib/learning/grading";
import { MAX_TRIES } from "@/lib/learning/credit";
import { AppError } from "@/lib/http/errors";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { db } from "./client";
import { randomUUID } from "node:crypto";
import { ATTEMPT_COLUMNS, attemptFromRow, lockLearner, type AttemptRow } from "./quiz-store";
import { bool, num, runProgram, sql, text, type Program } from "./sql";
import type { AttemptView, QuestionState, StoredOutcome } from "@/lib/contracts/quiz";
import { instanceSeed, questionIdsOf } from "./quiz";

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
  return runProgram(db(), () => startOrResumeProgram(userId, lessonId, restart), { write: true });
}

function* startOrResumeProgram(
  userId: string,
  lessonId: string,
  restart: boolean,
): Program<{ attemptId: string }> {
  yield* lockLearner(userId);
  const now = new Date();
  const open = yield sql`
    SELECT id FROM quiz_attempts
    WHERE "userId" = ${userId} AND "lessonId" = ${lessonId} AND kind = 'lesson'
      AND "completedAt" IS NULL
    ORDER BY "updatedAt" DESC LIMIT 1`;
  const openId = open[0] ? text(open[0].id) : null;
  if (openId && !restart) {
    // Touching updatedAt makes this the lesson to continue on the home page.
    yield sql`UPDATE quiz_attempts SET "updatedAt" = ${now} WHERE id = ${openId}`;
    return { attemptId: openId };
  }
  const attemptId = randomUUID();
  const first = questionsForLesson(lessonId)[0]?.id ?? null;
  yield sql`
    INSERT INTO quiz_attempts (id, "userId", "lessonId", kind, "currentQuestionId", params,
      "startedAt", "updatedAt")
    VALUES (${attemptId}, ${userId}, ${lessonId}, 'lesson', ${first}, '{}', ${now}, ${now})`;
  return { attemptId };
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

function* startReviewProgram(
  userId: string,
  questionId: string,
  lessonId: string,
): Program<{ attemptId: string }> {
  yield* lockLearner(userId);
  const open = yield sql`
    SELECT id FROM quiz_attempts
    WHERE "userId" = ${userId} AND kind = 'review' AND "reviewQuestionId" = ${questionId}
      AND "completedAt" IS NULL
    LIMIT 1`;
  if (open[0]) return { attemptId: text(open[0].id) };
  const attemptId = randomUUID();
  const now = new Date();
  yield sql`
    INSERT INTO quiz_attempts (id, "userId", "lessonId", kind, "reviewQuestionId",
      "currentQuestionId", params, "startedAt", "updatedAt")
    VALUES (${attemptId}, ${userId}, ${lessonId}, 'review', ${questionId}, ${questionId}, '{}',
      ${now}, ${now})`;
  return { attemptId };
}

export type { AttemptView, QuestionState } from "@/lib/contracts/quiz";

export async function attemptView(userId: string, attemptId: string): Promise<AttemptView> {
  const { attempt, hintsTaken } = await runProgram(db(), () => attemptRows(userId, attemptId), {
    write: false,
  });
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

interface AttemptRows {
  attempt:
    | (AttemptRow & {
        answers: { questionId: string; correct: boolean; score: number; payload: string }[];
      })
    | null;
  /** Hints taken per question id, by this user (hints count per question, across attempts). */
  hintsTaken: Map<string, number>;
}

/** An attempt with its answers and the learner's hint counts: three reads, no transaction. */
function* attemptRows(userId: string, attemptId: string): Program<AttemptRows> {
  const attempts = yield sql`
    SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts
    WHERE id = ${attemptId}`;
  const row = attempts[0];
  if (!row) return { attempt: null, hintsTaken: new Map() };
  const answers = yield sql`
    SELECT "questionId", correct, score, payload FROM answers WHERE "attemptId" = ${attemptId}
    ORDER BY "tryNumber", "createdAt"`;
  const attempt = attemptFromRow(row);
  const questionIds = questionIdsOf(attempt);
  const hints =
    questionIds.length === 0
      ? []
      : yield sql`
          SELECT "questionId", COUNT(*) AS n FROM hint_uses
          WHERE "userId" = ${userId} AND "questionId" IN (${questionIds})
          GROUP BY "questionId"`;
  return {
    attempt: {
      ...attempt,
      answers: answers.map((a) => ({
        questionId: text(a.questionId),
        correct: bool(a.correct),
        score: num(a.score),
        payload: text(a.payload),
      })),
    },
    hintsTaken: new Map(hints.map((h) => [text(h.questionId), num(h.n)])),
  };
}
