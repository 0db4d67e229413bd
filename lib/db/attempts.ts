import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "./prisma";
import { ATTEMPT_COLUMNS, attemptFromRow, lockLearner, type AttemptRow } from "./quiz-store";
import { bool, num, sql, text, together, type Program } from "./sql";

/**
 * Quiz attempts: opening a lesson's (or a review's) attempt, and reading one back with its
 * answers and hint counts. Programs of lib/db/sql; lib/services/attempts runs them.
 */

/** Opens the learner's unfinished attempt at a lesson, or a new one (restart forces new). */
export function* startOrResumeProgram(
  userId: string,
  lessonId: string,
  restart: boolean,
  firstQuestionId: string | null,
  now: Date,
): Program<{ attemptId: string }> {
  yield* lockLearner(userId);
  // A restart opens a new attempt whatever is open, so it reads nothing: on PostgreSQL its
  // lock, insert and COMMIT then go in one round trip.
  const open = restart
    ? []
    : yield sql`
        SELECT id FROM quiz_attempts
        WHERE "userId" = ${userId} AND "lessonId" = ${lessonId} AND kind = 'lesson'
          AND "completedAt" IS NULL
        ORDER BY "updatedAt" DESC LIMIT 1`;
  const openId = open[0] ? text(open[0].id) : null;
  if (openId) {
    // Touching updatedAt makes this the lesson to continue on the home page.
    yield sql`UPDATE quiz_attempts SET "updatedAt" = ${now} WHERE id = ${openId}`;
    return { attemptId: openId };
  }
  const attemptId = randomUUID();
  yield sql`
    INSERT INTO quiz_attempts (id, "userId", "lessonId", kind, "currentQuestionId", params,
      "startedAt", "updatedAt")
    VALUES (${attemptId}, ${userId}, ${lessonId}, 'lesson', ${firstQuestionId}, '{}', ${now}, ${now})`;
  return { attemptId };
}

/** A review's attempt: the open one for this question, or a fresh one. */
export function* startReviewProgram(
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

export interface AttemptRows {
  attempt:
    | (AttemptRow & {
        answers: { questionId: string; correct: boolean; score: number; payload: string }[];
      })
    | null;
  /** Hints taken per question id, by this user (hints count per question, across attempts). */
  hintsTaken: Map<string, number>;
}

/**
 * An attempt with its answers and the learner's hint counts: three reads in one step, no
 * transaction, so one round trip on PostgreSQL. The hint counts are the learner's for every
 * question (at most one row per question: hint_uses is unique per learner, question and hint),
 * kept for the attempt's questions, which are only known once its row is read.
 */
export function* attemptRows(
  userId: string,
  attemptId: string,
  questionIdsOf: (attempt: AttemptRow) => readonly string[],
): Program<AttemptRows> {
  const [attempts = [], answers = [], hints = []] = yield* together([
    sql`SELECT ${ATTEMPT_COLUMNS} FROM quiz_attempts WHERE id = ${attemptId}`,
    sql`
      SELECT "questionId", correct, score, payload FROM answers WHERE "attemptId" = ${attemptId}
      ORDER BY "tryNumber", "createdAt"`,
    sql`
      SELECT "questionId", COUNT(*) AS n FROM hint_uses WHERE "userId" = ${userId}
      GROUP BY "questionId"`,
  ]);
  const row = attempts[0];
  if (!row) return { attempt: null, hintsTaken: new Map() };
  const attempt = attemptFromRow(row);
  const questionIds = new Set(questionIdsOf(attempt));
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
    hintsTaken: new Map(
      hints
        .filter((h) => questionIds.has(text(h.questionId)))
        .map((h) => [text(h.questionId), num(h.n)]),
    ),
  };
}

/** The learner's latest lesson attempt at a lesson, if any. */
export async function latestLessonAttemptId(
  db: Db,
  userId: string,
  lessonId: string,
): Promise<string | null> {
  const open = await db.quizAttempt.findFirst({
    where: { userId, lessonId, kind: "lesson" },
    orderBy: { updatedAt: "desc" },
    select: { id: true },
  });
  return open?.id ?? null;
}
