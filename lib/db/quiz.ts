import "server-only";
import { z } from "zod";
import { getQuestion, questionsForLesson, type Question } from "@/lib/content";
import {
  GradingInputError,
  gradeResponse,
  revealAnswer,
  revealHint as hintOfInstance,
  type GradeResult,
  type QuestionInstance,
} from "@/lib/learning/grading";
import { canRetry, creditFor, MAX_TRIES } from "@/lib/learning/credit";
import { applyAnswerToConcepts } from "@/lib/learning/mastery";
import { newReviewCard, ratingForAnswer, scheduleReview } from "@/lib/learning/review";
import { AppError } from "@/lib/http/errors";
import { cachedInstance } from "@/lib/learning/instance-cache";
import type { DbTx } from "./prisma";
import { db } from "./client";
import { writeTransaction } from "./transaction";
import type {
  AnswerOutcome,
  RevealedHint,
  RevealHintInput,
  SubmitAnswerInput,
} from "@/lib/contracts/quiz";
import { isUniqueViolation } from "./errors";
import { runProgram, type Program } from "./sql";
import {
  type AttemptRow,
  insertAnswer,
  lockLearner,
  moveAttempt,
  readMastery,
  readReviewCard,
  readSubmitContext,
  writeMastery,
  writeReviewCard,
} from "./quiz-store";
import { instanceSeed } from "./quiz-seed";

/**
 * The quiz as stored: attempts, answers, hints, and their effect on mastery and review.
 * Each submit is one transaction: the answer, the mastery update, the review schedule and the
 * attempt's position are written together or not at all.
 */

export { instanceSeed };

export type { AnswerOutcome, RevealedHint } from "@/lib/contracts/quiz";

interface StoredPayload {
  response: Record<string, unknown>;
  outcome: Omit<AnswerOutcome, "replayed">;
  /** The instance seed the question was graded with (its numbers can be replayed from it). */
  seed?: string;
}

/** An attempt as the quiz needs it (the row shape of quiz-store.ts). */
export type AttemptRef = AttemptRow;

/** The questions an attempt covers: the lesson's, in order, or the one under review. */
export function questionIdsOf(attempt: Pick<AttemptRef, "lessonId" | "kind" | "reviewQuestionId">) {
  if (attempt.kind === "review" && attempt.reviewQuestionId) return [attempt.reviewQuestionId];
  return questionsForLesson(attempt.lessonId).map((q) => q.id);
}

/** Someone else's attempt is reported exactly like a missing one: ids are not probeable. */
function ownAttemptOf(attempt: AttemptRef | null, userId: string, attemptId: string): AttemptRef {
  if (!attempt || attempt.userId !== userId) {
    throw new AppError(404, `No attempt ${attemptId} of yours exists.`, { attemptId: "not found" });
  }
  return attempt;
}

async function ownedAttempt(tx: DbTx, userId: string, attemptId: string): Promise<AttemptRef> {
  const attempt = await tx.quizAttempt.findUnique({
    where: { id: attemptId },
    select: { id: true, userId: true, lessonId: true, kind: true, reviewQuestionId: true },
  });
  return ownAttemptOf(attempt, userId, attemptId);
}

function questionOfAttempt(questionId: string, attempt: AttemptRef): Question {
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
function unfinishedQuestionIds(
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

export interface SubmitOptions {
  /**
   * The seed the question was shown with, when it was not the attempt's own (a question the
   * tutor asked in chat). Server-side only: never taken from a request body.
   */
  seed?: string;
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
  const same = await db().answer.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
    select: { attemptId: true, questionId: true, payload: true },
  });
  if (same) return replayFromStored(same, input);
  // Two tabs took the same try of the same question: the one stored first counts.
  const winner = await db().answer.findFirst({
    where: { attemptId: input.attemptId, questionId: input.questionId, userId },
    orderBy: { tryNumber: "desc" },
    select: { payload: true },
  });
  if (!winner) throw new Error("outcomeOfRaceLoser: the conflicting answer vanished");
  return answeredElsewhere(winner.payload);
}

const StoredScore = z.object({ outcome: z.object({ score: z.number().min(0).max(1) }) });

/** The credit of an earlier try, read from its stored payload (0 when it cannot be read). */
function storedScore(payload: string | null): number {
  if (payload === null) return 0;
  try {
    const parsed = StoredScore.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data.outcome.score : 0;
  } catch {
    return 0;
  }
}

function answeredElsewhere(storedPayload: string): AnswerOutcome {
  const { outcome } = JSON.parse(storedPayload) as StoredPayload;
  return { ...outcome, replayed: true, answeredElsewhere: true };
}

function replayFromStored(
  stored: { attemptId: string; questionId: string; payload: string },
  input: SubmitAnswerInput,
): AnswerOutcome {
  const payload = JSON.parse(stored.payload) as StoredPayload;
  const same =
    stored.attemptId === input.attemptId &&
    stored.questionId === input.questionId &&
    JSON.stringify(payload.response) === JSON.stringify(input.response);
  if (!same) {
    throw new AppError(409, "idempotencyKey: this key was already used for a different answer.", {
      idempotencyKey: "already used for a different answer",
    });
  }
  return { ...payload.outcome, replayed: true };
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
  });
  yield* updateMastery(userId, question, { ...grade, tryNumber, hintsUsed });
  if (finished) yield* updateReviewCard(userId, question.id, { ...grade, tryNumber, hintsUsed });
  yield* moveAttempt(attempt.id, outcome.nextQuestionId);
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
  yield* writeMastery(userId, changed);
}

function* updateReviewCard(
  userId: string,
  questionId: string,
  answer: { correct: boolean; fraction: number; tryNumber: number; hintsUsed: number },
): Program<void> {
  const now = new Date();
  const stored = yield* readReviewCard(userId, questionId);
  const card = scheduleReview(stored ?? newReviewCard(now), ratingForAnswer(answer), now);
  yield* writeReviewCard(userId, questionId, card);
}

export async function revealHint(
  userId: string,
  input: RevealHintInput,
  source: "quiz" | "tutor" = "quiz",
): Promise<RevealedHint> {
  try {
    return await revealHintOnce(userId, input, source);
  } catch (error) {
    // A double click raced on the same hint: it is now stored, so asking again returns it.
    if (isUniqueViolation(error)) return revealHintOnce(userId, input, source);
    throw error;
  }
}

function revealHintOnce(
  userId: string,
  input: RevealHintInput,
  source: "quiz" | "tutor",
): Promise<RevealedHint> {
  return writeTransaction(db(), async (tx) => {
    const attempt = await ownedAttempt(tx, userId, input.attemptId);
    const question = questionOfAttempt(input.questionId, attempt);
    const instance = cachedInstance(question, instanceSeed(attempt.id, question.id));
    // The instance fills a simulated question's numbers into its hints, as on screen.
    const hint = hintOfInstance(instance, input.hintIndex);
    if (hint === undefined) {
      throw new AppError(
        422,
        `hintIndex: this question has ${question.hints.length} hints (0 to ${question.hints.length - 1}).`,
        {
          hintIndex: `must be between 0 and ${question.hints.length - 1}`,
        },
      );
    }
    const taken = await tx.hintUse.count({ where: { userId, questionId: question.id } });
    if (input.hintIndex > taken) {
      throw new AppError(
        422,
        `hintIndex: take hint ${taken + 1} first; hints come one at a time.`,
        {
          hintIndex: `the next hint is ${taken}`,
        },
      );
    }
    if (input.hintIndex === taken) {
      await tx.hintUse.create({
        data: { userId, questionId: question.id, hintIndex: input.hintIndex, source },
      });
    }
    return {
      hint,
      hintIndex: input.hintIndex,
      hintsLeft: question.hints.length - 1 - input.hintIndex,
    };
  });
}
