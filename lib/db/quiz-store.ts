import "server-only";
import { randomUUID } from "node:crypto";
import {
  bool,
  date,
  dateOrNull,
  joinSql,
  num,
  postgresLock,
  sql,
  text,
  textOrNull,
  together,
  type Program,
  type Row,
} from "./sql";
import type { Db, DbTx } from "./prisma";

/** A concept_mastery row's figures (lib/learning/mastery.ts reads and updates them). */
export interface MasteryRow {
  pKnown: number;
  attempts: number;
  correct: number;
}

/** A review_cards row without its keys (lib/learning/review.ts schedules it). */
export interface ReviewCardRow {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/**
 * The statements of one answer submit, in SQL that SQLite and PostgreSQL both run, as pieces
 * of a program (lib/db/sql). A submit is the app's hottest write: on SQLite it runs straight on
 * the driver in one synchronous transaction, a fraction of what Prisma's query API costs per
 * call (bench:load). The orchestration (grading, credit, mastery) is lib/services/quiz.
 */

/**
 * Makes one learner's write programs take turns. Two tabs answering different questions, or
 * opening the same lesson, would otherwise each read the state before the other's write (the
 * attempt's position, a concept's mastery) and the later commit would silently undo the earlier.
 * FOR NO KEY UPDATE, not FOR UPDATE: rows that reference the learner (answers, sessions) only
 * take FOR KEY SHARE for their foreign key, so inserting them elsewhere never waits on this.
 */
export function* lockLearner(userId: string): Program<void> {
  yield postgresLock(sql`SELECT id FROM users WHERE id = ${userId} FOR NO KEY UPDATE`);
}

/**
 * The learner of a session and its expiry (the caller checks it), or null for no such
 * session: the answer route reads it inside the submit's own transaction (one round trip on
 * PostgreSQL, lib/db/submit-postgres.ts), rather than before it.
 */
export function* sessionLearner(
  sessionId: string,
): Program<{ userId: string; expiresAt: Date } | null> {
  const [row] = yield sql`SELECT "userId", "expiresAt" FROM sessions WHERE id = ${sessionId}`;
  return row ? { userId: text(row.userId), expiresAt: date(row.expiresAt) } : null;
}

/** A quiz attempt as the quiz needs it: whose, which lesson, and the reviewed question if any. */
export interface AttemptRow {
  id: string;
  userId: string;
  lessonId: string;
  kind: string;
  reviewQuestionId: string | null;
}

/** The columns of AttemptRow, to select. */
export const ATTEMPT_COLUMNS = sql`id, "userId", "lessonId", kind, "reviewQuestionId"`;

export function attemptFromRow(row: Row): AttemptRow {
  return {
    id: text(row.id),
    userId: text(row.userId),
    lessonId: text(row.lessonId),
    kind: text(row.kind),
    reviewQuestionId: textOrNull(row.reviewQuestionId),
  };
}

export interface SubmitContext {
  attempt: AttemptRow | null;
  /** Hints the learner took on this question (in any attempt: hints are per question). */
  hintsUsed: number;
  /** Every answer of the attempt, oldest try first; payloads only for this question and key. */
  answers: StoredAnswerRow[];
}

export interface StoredAnswerRow {
  questionId: string;
  correct: boolean;
  tryNumber: number;
  idempotencyKey: string;
  payload: string | null;
}

export function* readSubmitContext(input: {
  userId: string;
  attemptId: string;
  questionId: string;
  idempotencyKey: string;
}): Program<SubmitContext> {
  // One step: on PostgreSQL both reads go in one round trip.
  const [attemptRows = [], answerRows = []] = yield* together([
    sql`
      SELECT ${ATTEMPT_COLUMNS},
        (SELECT COUNT(*) FROM hint_uses
          WHERE "userId" = ${input.userId} AND "questionId" = ${input.questionId}) AS "hintsUsed"
      FROM quiz_attempts WHERE id = ${input.attemptId}`,
    sql`
      SELECT "questionId", correct, "tryNumber", "idempotencyKey",
        CASE WHEN "questionId" = ${input.questionId} OR "idempotencyKey" = ${input.idempotencyKey}
          THEN payload END AS payload
      FROM answers WHERE "attemptId" = ${input.attemptId}
      ORDER BY "tryNumber"`,
  ]);
  const row = attemptRows[0];
  return {
    attempt: row ? attemptFromRow(row) : null,
    hintsUsed: row ? num(row.hintsUsed) : 0,
    answers: answerRows.map((a) => ({
      questionId: text(a.questionId),
      correct: bool(a.correct),
      tryNumber: num(a.tryNumber),
      idempotencyKey: text(a.idempotencyKey),
      payload: textOrNull(a.payload),
    })),
  };
}

export function* readMastery(
  userId: string,
  conceptIds: readonly string[],
): Program<Record<string, MasteryRow>> {
  if (conceptIds.length === 0) return {};
  const rows = yield sql`
    SELECT "conceptId", "pKnown", attempts, correct FROM concept_mastery
    WHERE "userId" = ${userId} AND "conceptId" IN (${conceptIds})`;
  return Object.fromEntries(
    rows.map((r) => [
      text(r.conceptId),
      { pKnown: num(r.pKnown), attempts: num(r.attempts), correct: num(r.correct) },
    ]),
  );
}

export function* writeMastery(
  userId: string,
  rows: readonly (MasteryRow & { conceptId: string })[],
  now: Date,
): Program<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (m) =>
      sql`(${randomUUID()}, ${userId}, ${m.conceptId}, ${m.pKnown}, ${m.attempts}, ${m.correct}, ${now})`,
  );
  yield sql`
    INSERT INTO concept_mastery (id, "userId", "conceptId", "pKnown", attempts, correct, "updatedAt")
    VALUES ${joinSql(values)}
    ON CONFLICT ("userId", "conceptId") DO UPDATE SET
      "pKnown" = excluded."pKnown", attempts = excluded.attempts,
      correct = excluded.correct, "updatedAt" = excluded."updatedAt"`;
}

export function* readReviewCard(userId: string, questionId: string): Program<ReviewCardRow | null> {
  const rows = yield sql`
    SELECT due, stability, difficulty, "elapsedDays", "scheduledDays", reps, lapses, state,
      "lastReview"
    FROM review_cards WHERE "userId" = ${userId} AND "questionId" = ${questionId}`;
  const r = rows[0];
  if (!r) return null;
  return {
    due: date(r.due),
    stability: num(r.stability),
    difficulty: num(r.difficulty),
    elapsedDays: num(r.elapsedDays),
    scheduledDays: num(r.scheduledDays),
    reps: num(r.reps),
    lapses: num(r.lapses),
    state: num(r.state),
    lastReview: dateOrNull(r.lastReview),
  };
}

export function* writeReviewCard(
  userId: string,
  questionId: string,
  card: ReviewCardRow,
): Program<void> {
  yield sql`
    INSERT INTO review_cards (id, "userId", "questionId", due, stability, difficulty,
      "elapsedDays", "scheduledDays", reps, lapses, state, "lastReview")
    VALUES (${randomUUID()}, ${userId}, ${questionId}, ${card.due}, ${card.stability},
      ${card.difficulty}, ${card.elapsedDays}, ${card.scheduledDays}, ${card.reps}, ${card.lapses},
      ${card.state}, ${card.lastReview})
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
      "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays",
      reps = excluded.reps, lapses = excluded.lapses, state = excluded.state,
      "lastReview" = excluded."lastReview"`;
}

export interface NewAnswerRow {
  attemptId: string;
  userId: string;
  questionId: string;
  payload: string;
  correct: boolean;
  score: number;
  tryNumber: number;
  hintsUsed: number;
  timeTakenMs: number;
  idempotencyKey: string;
  misconceptions: string;
  createdAt: Date;
}

export function* insertAnswer(a: NewAnswerRow): Program<void> {
  yield sql`
    INSERT INTO answers (id, "attemptId", "userId", "questionId", payload, correct, score,
      "tryNumber", "hintsUsed", "timeTakenMs", "idempotencyKey", misconceptions, "createdAt")
    VALUES (${randomUUID()}, ${a.attemptId}, ${a.userId}, ${a.questionId}, ${a.payload},
      ${a.correct}, ${a.score}, ${a.tryNumber}, ${a.hintsUsed}, ${a.timeTakenMs},
      ${a.idempotencyKey}, ${a.misconceptions}, ${a.createdAt})`;
}

export function* moveAttempt(
  attemptId: string,
  currentQuestionId: string | null,
  now: Date,
): Program<void> {
  yield sql`
    UPDATE quiz_attempts SET "currentQuestionId" = ${currentQuestionId},
      "completedAt" = ${currentQuestionId === null ? now : null}, "updatedAt" = ${now}
    WHERE id = ${attemptId}`;
}

/** The stored answer a repeated idempotency key refers to, if any. */
export function answerByKey(db: Db, userId: string, idempotencyKey: string) {
  return db.answer.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey } },
    select: { attemptId: true, questionId: true, payload: true },
  });
}

/** The latest try stored for a question of an attempt (the one that counted in a race). */
export function latestTry(db: Db, userId: string, attemptId: string, questionId: string) {
  return db.answer.findFirst({
    where: { attemptId, questionId, userId },
    orderBy: { tryNumber: "desc" },
    select: { payload: true },
  });
}

export function attemptById(tx: DbTx, attemptId: string): Promise<AttemptRow | null> {
  return tx.quizAttempt.findUnique({
    where: { id: attemptId },
    select: { id: true, userId: true, lessonId: true, kind: true, reviewQuestionId: true },
  });
}

/** Hints the learner has taken on a question (in any attempt: hints count per question). */
export function hintsTakenOn(tx: DbTx | Db, userId: string, questionId: string): Promise<number> {
  return tx.hintUse.count({ where: { userId, questionId } });
}

export async function recordHint(
  tx: DbTx | Db,
  hint: {
    userId: string;
    questionId: string;
    hintIndex: number;
    source: "quiz" | "tutor";
    createdAt?: Date;
  },
): Promise<void> {
  await tx.hintUse.create({ data: hint });
}
