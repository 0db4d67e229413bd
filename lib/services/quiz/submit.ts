import "server-only";
import type { Question } from "@/lib/content";
import {
  GradingInputError,
  gradeResponse,
  revealAnswer,
  type GradeResult,
  type QuestionInstance,
} from "@/lib/learning/grading";
import { canRetry, creditFor, MAX_TRIES } from "@/lib/learning/credit";
import { applyAnswerToConcepts } from "@/lib/learning/mastery";
import { newReviewCard, ratingForAnswer, scheduleReview } from "@/lib/learning/review";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { SubmitAnswerInput } from "@/lib/contracts/quiz";
import {
  answerByKey,
  insertAnswer,
  latestTry,
  lockLearner,
  moveAttempt,
  readMastery,
  readReviewCard,
  readSubmitContext,
  writeMastery,
  writeReviewCard,
} from "@/lib/db/quiz-store";
import { runProgram, type Program } from "@/lib/db/sql";
import { insertExploration } from "@/lib/db/exploration";
import { ownAttemptOf, questionOfAttempt, unfinishedQuestionIds } from "./attempt";
import { checkedExploration } from "./exploration";
import {
  answeredElsewhere,
  replayFromStored,
  storedScore,
  type AnswerOutcome,
  type StoredPayload,
} from "./outcome";
import { instanceSeed } from "./seed";

/**
 * Submitting an answer: grade it, credit it, update mastery and the review card, move the
 * attempt on. One transaction (a program of lib/db/quiz-store.ts's statements): all of it is
 * written together or not at all.
 */

export interface SubmitOptions {
  /**
   * The seed the question was shown with, when it was not the attempt's own (a question the
   * tutor asked in chat). Server-side only: never taken from a request body.
   */
  seed?: string;
  /** When the answer is given: now, except for the demo seed replaying past days. */
  now?: Date;
}

export async function submitAnswer(
  userId: string,
  input: SubmitAnswerInput,
  options: SubmitOptions = {},
): Promise<AnswerOutcome> {
  try {
    return await runProgram(db(), () => submitProgram(userId, input, options), { write: true });
  } catch (error) {
    // Two submits raced (PostgreSQL: one blocked on the other's unique index entry). The
    // loser never counts: it reads what the winner stored.
    if (isUniqueViolation(error)) return outcomeOfRaceLoser(userId, input);
    throw error;
  }
}

async function outcomeOfRaceLoser(
  userId: string,
  input: SubmitAnswerInput,
): Promise<AnswerOutcome> {
  // The same submit twice (a double click, a retried request): its own stored result.
  const same = await answerByKey(db(), userId, input.idempotencyKey);
  if (same) return replayFromStored(same, input);
  // Two tabs took the same try of the same question: the one stored first counts.
  const winner = await latestTry(db(), userId, input.attemptId, input.questionId);
  if (!winner) throw new Error("outcomeOfRaceLoser: the conflicting answer vanished");
  return answeredElsewhere(winner.payload);
}

/** One submit as a program (lib/db/sql): synchronous apart from its statements. */
function* submitProgram(
  userId: string,
  input: SubmitAnswerInput,
  options: SubmitOptions,
): Program<AnswerOutcome> {
  yield* lockLearner(userId);
  const context = yield* readSubmitContext({ userId, ...input });
  const attempt = ownAttemptOf(context.attempt, userId, input.attemptId);
  const existing = context.answers.find((a) => a.idempotencyKey === input.idempotencyKey);
  if (existing?.payload)
    return replayFromStored(
      { ...existing, attemptId: attempt.id, payload: existing.payload },
      input,
    );

  const question = questionOfAttempt(input.questionId, attempt);
  const exploration = checkedExploration(question, input.exploration);
  const previous = context.answers.filter((a) => a.questionId === question.id);
  const latest = previous.at(-1);
  if (input.tryNumber !== undefined && input.tryNumber !== previous.length + 1 && latest?.payload) {
    // The learner's screen is behind: another tab answered this question first.
    return answeredElsewhere(latest.payload);
  }
  if (previous.some((a) => a.correct) || previous.length >= MAX_TRIES) {
    throw new AppError(409, "This question is already finished in this attempt.", {
      questionId: "already finished",
    });
  }
  const tryNumber = previous.length + 1;
  const seed = options.seed ?? instanceSeed(attempt.id, question.id);
  const instance = cachedInstance(question, seed);
  const grade = gradeOrExplain(instance, input.response);
  const hintsUsed = context.hintsUsed;
  const score = creditFor({
    tryNumber,
    fraction: grade.correct ? 1 : grade.fraction,
    hintsUsed: Math.min(hintsUsed, question.hints.length),
    hintCount: question.hints.length,
  });
  const finished = !canRetry({ tryNumber, correct: grade.correct });
  const bestScore = Math.max(score, ...previous.map((a) => storedScore(a.payload)));
  const answered = [...context.answers, { questionId: question.id, correct: grade.correct }];
  const nextQuestionId = unfinishedQuestionIds(attempt, answered)[0] ?? null;
  const outcome: Omit<AnswerOutcome, "replayed"> = {
    questionId: question.id,
    correct: grade.correct,
    score,
    bestScore,
    fraction: grade.fraction,
    feedback: grade.feedback,
    misconceptions: grade.misconceptions,
    ...(grade.missingIdeas ? { missingIdeas: grade.missingIdeas } : {}),
    tryNumber,
    triesLeft: finished ? 0 : MAX_TRIES - tryNumber,
    finished,
    ...(finished ? { solution: revealAnswer(instance) } : {}),
    nextQuestionId: finished ? nextQuestionId : question.id,
  };
  const now = options.now ?? new Date();
  yield* insertAnswer({
    attemptId: attempt.id,
    userId,
    questionId: question.id,
    payload: JSON.stringify({ response: input.response, outcome, seed } satisfies StoredPayload),
    correct: grade.correct,
    score,
    tryNumber,
    hintsUsed,
    timeTakenMs: input.timeTakenMs,
    idempotencyKey: input.idempotencyKey,
    misconceptions: JSON.stringify(grade.misconceptions),
    createdAt: now,
  });
  if (exploration.length > 0)
    yield* insertExploration({
      userId,
      idempotencyKey: input.idempotencyKey,
      moves: exploration,
      createdAt: now,
    });
  yield* updateMastery(userId, question, { ...grade, tryNumber, hintsUsed }, now);
  if (finished)
    yield* updateReviewCard(userId, question.id, { ...grade, tryNumber, hintsUsed }, now);
  yield* moveAttempt(attempt.id, outcome.nextQuestionId, now);
  return { ...outcome, replayed: false };
}

function gradeOrExplain(
  instance: QuestionInstance,
  response: Record<string, unknown>,
): GradeResult {
  try {
    return gradeResponse(instance, response);
  } catch (error) {
    if (!(error instanceof GradingInputError)) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([field, message]) => [
        field.startsWith("response") ? field : `response.${field}`,
        message,
      ]),
    );
    throw new AppError(
      error.status,
      Object.entries(fields)
        .map(([f, m]) => `${f}: ${m}`)
        .join("; "),
      fields,
    );
  }
}

function* updateMastery(
  userId: string,
  question: Question,
  answer: { correct: boolean; fraction: number; tryNumber: number; hintsUsed: number },
  now: Date,
): Program<void> {
  const before = yield* readMastery(userId, question.concepts);
  const after = applyAnswerToConcepts(before, {
    concepts: question.concepts,
    correct: answer.correct,
    fraction: answer.fraction,
    hintsUsed: answer.hintsUsed,
    tryNumber: answer.tryNumber,
    questionType: question.type,
  });
  if (after === before) return;
  const changed = question.concepts.flatMap((conceptId) => {
    const m = after[conceptId];
    return m ? [{ conceptId, ...m }] : [];
  });
  yield* writeMastery(userId, changed, now);
}

function* updateReviewCard(
  userId: string,
  questionId: string,
  answer: { correct: boolean; fraction: number; tryNumber: number; hintsUsed: number },
  now: Date,
): Program<void> {
  const stored = yield* readReviewCard(userId, questionId);
  const card = scheduleReview(stored ?? newReviewCard(now), ratingForAnswer(answer), now);
  yield* writeReviewCard(userId, questionId, card);
}
