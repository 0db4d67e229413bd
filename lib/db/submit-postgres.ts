import "server-only";
import { randomUUID } from "node:crypto";
import type { NewExploration } from "./exploration";
import type { MasteryRow, NewAnswerRow, ReviewCardRow, SubmitContext } from "./quiz-store";
import { date, postgresWrite, sql, text, type Program } from "./sql";

/**
 * The answer submit's statements on PostgreSQL: two calls of the stored functions of migration
 * 20261202120000_submit_functions instead of about ten statements (lib/db/quiz-store.ts has
 * those, and SQLite runs them). The read call locks the learner and returns everything grading
 * needs as one JSON value; the write call goes with COMMIT. A submit is thus two round trips,
 * and PostgreSQL parses, binds and runs four statements, not twelve.
 */

/** What a submit reads before grading, with the rows its mastery and review updates start from. */
export interface SubmitState extends SubmitContext {
  mastery: Record<string, MasteryRow>;
  reviewCard: ReviewCardRow | null;
}

/** Everything a graded submit stores, in one transaction. */
export interface SubmitWrites {
  answer: NewAnswerRow;
  exploration: NewExploration | null;
  /** The concepts whose mastery changed. */
  mastery: readonly (MasteryRow & { conceptId: string })[];
  /** The rescheduled review card, when the question is finished. */
  reviewCard: ReviewCardRow | null;
  /** The attempt's next question (null: the attempt is complete). */
  currentQuestionId: string | null;
}

interface StateJson {
  attempt: SubmitContext["attempt"];
  hintsUsed: number;
  answers: SubmitContext["answers"];
  mastery: (MasteryRow & { conceptId: string })[];
  reviewCard: (Omit<ReviewCardRow, "due" | "lastReview"> & ReviewDates<string>) | null;
}

interface ReviewDates<T> {
  due: T;
  lastReview: T | null;
}

export function* readSubmitStateByFunction(input: {
  userId: string;
  attemptId: string;
  questionId: string;
  idempotencyKey: string;
  conceptIds: readonly string[];
}): Program<SubmitState> {
  const [row] = yield sql`SELECT submit_context(${input.userId}, ${input.attemptId},
    ${input.questionId}, ${input.idempotencyKey}, ${arrayLiteral(input.conceptIds)}::text[]) AS state`;
  return submitState(row?.state as StateJson);
}

/**
 * The same read for the learner of a session, in the same statement as the session's own row,
 * so that the answer route's session check costs no round trip of its own: the session's
 * learner and expiry, and their submit state (read under their lock). No row: no such session.
 * The caller checks the expiry; an expired session's read is rolled back with its program.
 */
export function* readSessionSubmitStateByFunction(input: {
  sessionId: string;
  attemptId: string;
  questionId: string;
  idempotencyKey: string;
  conceptIds: readonly string[];
}): Program<{ userId: string; expiresAt: Date; state: SubmitState } | null> {
  const [row] = yield sql`SELECT s."userId", s."expiresAt", submit_context(s."userId",
    ${input.attemptId}, ${input.questionId}, ${input.idempotencyKey},
    ${arrayLiteral(input.conceptIds)}::text[]) AS state
    FROM sessions s WHERE s.id = ${input.sessionId}`;
  if (!row) return null;
  return {
    userId: text(row.userId),
    expiresAt: date(row.expiresAt),
    state: submitState(row.state as StateJson),
  };
}

// node-postgres has already parsed the json value.
function submitState(state: StateJson): SubmitState {
  const card = state.reviewCard;
  return {
    attempt: state.attempt,
    hintsUsed: state.hintsUsed,
    answers: state.answers,
    mastery: Object.fromEntries(
      state.mastery.map(({ conceptId, pKnown, attempts, correct }) => [
        conceptId,
        { pKnown, attempts, correct },
      ]),
    ),
    reviewCard: card
      ? { ...card, due: utc(card.due), lastReview: card.lastReview ? utc(card.lastReview) : null }
      : null,
  };
}

export function* writeSubmitByFunction(w: SubmitWrites): Program<void> {
  const a = w.answer;
  const e = w.exploration;
  const c = w.reviewCard;
  const mastery = JSON.stringify(w.mastery.map((m) => ({ id: randomUUID(), ...m })));
  yield postgresWrite(sql`SELECT submit_write(${randomUUID()}, ${a.attemptId}, ${a.userId},
    ${a.questionId}, ${a.payload}, ${a.correct}, ${a.score}, ${a.tryNumber}, ${a.hintsUsed},
    ${a.timeTakenMs}, ${a.idempotencyKey}, ${a.misconceptions}, ${a.createdAt},
    ${e ? randomUUID() : null}, ${e ? JSON.stringify(e.moves) : null}, ${e ? e.moves.length : null},
    ${mastery}::json, ${c ? randomUUID() : null}, ${c?.due ?? null}, ${c?.stability ?? null},
    ${c?.difficulty ?? null}, ${c?.elapsedDays ?? null}, ${c?.scheduledDays ?? null},
    ${c?.reps ?? null}, ${c?.lapses ?? null}, ${c?.state ?? null}, ${c?.lastReview ?? null},
    ${w.currentQuestionId})`);
}

/** json_build_object writes a timestamp without time zone as ISO text with no zone: it is UTC. */
const utc = (value: string): Date => new Date(`${value}Z`);

/** A text[] parameter as PostgreSQL's array literal (our statements bind scalars only). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}
