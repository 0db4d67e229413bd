import "server-only";
import { getQuestion, type Question } from "@/lib/content";
import {
  GradingInputError,
  gradeResponse,
  revealAnswer,
  type GradeResult,
  type QuestionInstance,
} from "@/lib/learning/grading";
import { canRetry, creditFor, MAX_TRIES } from "@/lib/learning/credit";
import { applyAnswerToConcepts, type ConceptMastery } from "@/lib/learning/mastery";
import { newReviewCard, ratingForAnswer, scheduleReview } from "@/lib/learning/review";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { SubmitAnswerInput } from "@/lib/contracts/quiz";
import { answerByKey, latestTry } from "@/lib/db/quiz-store";
import { runProgram, type Dialect, type Program } from "@/lib/db/sql";
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
import {
  readSessionSubmitState,
  readSubmitState,
  writeSubmit,
  type SubmitState,
} from "./submit-store";

/**
 * Submitting an answer: grade it, credit it, update mastery and the review card, move the
 * attempt on. One transaction (a program, ./submit-store.ts): all of it is written together or
 * not at all. The program reads once (under the learner's lock) and writes once, so that on
 * PostgreSQL it is two round trips.
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
  const read: ReadState = function* (dialect, conceptIds) {
    return { userId, state: yield* readSubmitState(dialect, { userId, ...input, conceptIds }) };
  };
  try {
    return await runProgram(db(), (dialect) => submitProgram(dialect, read, input, options), {
      write: true,
    });
  } catch (error) {
    // Two submits raced (PostgreSQL: one blocked on the other's unique index entry). The
    // loser never counts: it reads what the winner stored.
    if (isUniqueViolation(error)) return outcomeOfRaceLoser(userId, input);
    throw error;
  }
}

/**
 * submitAnswer for the learner of a session (the answer route): the session is read in the
 * submit's own transaction, in the same statement as the submit's state on PostgreSQL, so that
 * checking it costs no round trip of its own. An unknown or expired session is a 401 and
 * writes nothing, as `requireUser` would have answered before the submit.
 */
export async function submitAnswerInSession(
  sessionId: string,
  input: SubmitAnswerInput,
): Promise<AnswerOutcome> {
  let learner: string | null = null;
  const read: ReadState = function* (dialect, conceptIds) {
    const found = yield* readSessionSubmitState(dialect, { sessionId, ...input, conceptIds });
    // As findSessionUser (lib/auth/sessions.ts) judges a session, at the time it was read.
    if (!found || found.expiresAt <= new Date()) throw new AppError(401, "Sign in to continue.");
    learner = found.userId;
    return found;
  };
  try {
    return await runProgram(db(), (dialect) => submitProgram(dialect, read, input, {}), {
      write: true,
    });
  } catch (error) {
    if (learner !== null && isUniqueViolation(error)) return outcomeOfRaceLoser(learner, input);
    throw error;
  }
}

/** The submit's first step: the learner and what grading needs, under their lock. */
type ReadState = (
  dialect: Dialect,
  conceptIds: readonly string[],
) => Program<{ userId: string; state: SubmitState }>;

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
  dialect: Dialect,
  read: ReadState,
  input: SubmitAnswerInput,
  options: SubmitOptions,
): Program<AnswerOutcome> {
  // An unknown question reads no mastery; questionOfAttempt below refuses it.
  const conceptIds = getQuestion(input.questionId)?.concepts ?? [];
  const { userId, state: context } = yield* read(dialect, conceptIds);
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
  const graded = { ...grade, tryNumber, hintsUsed };
  yield* writeSubmit(dialect, {
    answer: {
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
    },
    exploration:
      exploration.length > 0
        ? { userId, idempotencyKey: input.idempotencyKey, moves: exploration, createdAt: now }
        : null,
    mastery: masteryAfter(context, question, graded),
    reviewCard: finished ? reviewCardAfter(context, graded, now) : null,
    currentQuestionId: outcome.nextQuestionId,
  });
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

type GradedTry = { correct: boolean; fraction: number; tryNumber: number; hintsUsed: number };

/** The concepts whose mastery the answer changed, with their new figures. */
function masteryAfter(state: SubmitState, question: Question, answer: GradedTry) {
  const before: Record<string, ConceptMastery> = state.mastery;
  const after = applyAnswerToConcepts(before, {
    concepts: question.concepts,
    correct: answer.correct,
    fraction: answer.fraction,
    hintsUsed: answer.hintsUsed,
    tryNumber: answer.tryNumber,
    questionType: question.type,
  });
  if (after === before) return [];
  return question.concepts.flatMap((conceptId) => {
    const m = after[conceptId];
    return m ? [{ conceptId, ...m }] : [];
  });
}

function reviewCardAfter(state: SubmitState, answer: GradedTry, now: Date) {
  return scheduleReview(state.reviewCard ?? newReviewCard(now), ratingForAnswer(answer), now);
}
