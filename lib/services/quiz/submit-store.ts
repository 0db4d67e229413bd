import "server-only";
import { insertExploration } from "@/lib/db/exploration";
import {
  insertAnswer,
  lockLearner,
  moveAttempt,
  readMastery,
  readReviewCard,
  readSubmitContext,
  sessionLearner,
  writeMastery,
  writeReviewCard,
} from "@/lib/db/quiz-store";
import type { Dialect, Program } from "@/lib/db/sql";
import {
  readSessionSubmitStateByFunction,
  readSubmitStateByFunction,
  writeSubmitByFunction,
  type SubmitState,
  type SubmitWrites,
} from "@/lib/db/submit-postgres";

export type { SubmitState, SubmitWrites } from "@/lib/db/submit-postgres";

/**
 * A submit's two database steps, per dialect: on PostgreSQL one stored-function call each
 * (lib/db/submit-postgres.ts), on SQLite the statements of lib/db/quiz-store.ts one after
 * another (synchronous there, so a call would save nothing). Both read under the learner's
 * lock and write inside the program's one transaction.
 */

export function* readSubmitState(
  dialect: Dialect,
  input: {
    userId: string;
    attemptId: string;
    questionId: string;
    idempotencyKey: string;
    conceptIds: readonly string[];
  },
): Program<SubmitState> {
  if (dialect === "postgresql") return yield* readSubmitStateByFunction(input);
  yield* lockLearner(input.userId);
  const context = yield* readSubmitContext(input);
  const mastery = yield* readMastery(input.userId, input.conceptIds);
  const reviewCard = yield* readReviewCard(input.userId, input.questionId);
  return { ...context, mastery, reviewCard };
}

/**
 * readSubmitState for the learner of a session, read in the same transaction: null when there
 * is no such session. The caller checks `expiresAt` (on PostgreSQL the state was read anyway).
 */
export function* readSessionSubmitState(
  dialect: Dialect,
  input: {
    sessionId: string;
    attemptId: string;
    questionId: string;
    idempotencyKey: string;
    conceptIds: readonly string[];
  },
): Program<{ userId: string; expiresAt: Date; state: SubmitState } | null> {
  if (dialect === "postgresql") return yield* readSessionSubmitStateByFunction(input);
  const session = yield* sessionLearner(input.sessionId);
  if (!session) return null;
  const state = yield* readSubmitState(dialect, { ...input, userId: session.userId });
  return { ...session, state };
}

export function* writeSubmit(dialect: Dialect, w: SubmitWrites): Program<void> {
  if (dialect === "postgresql") return yield* writeSubmitByFunction(w);
  const { userId, attemptId, questionId, createdAt } = w.answer;
  yield* insertAnswer(w.answer);
  if (w.exploration) yield* insertExploration(w.exploration);
  yield* writeMastery(userId, w.mastery, createdAt);
  if (w.reviewCard) yield* writeReviewCard(userId, questionId, w.reviewCard);
  yield* moveAttempt(attemptId, w.currentQuestionId, createdAt);
}
