import "server-only";
import { randomUUID } from "node:crypto";
import { sql, type Program } from "./sql";
import type { Db } from "./prisma";

/**
 * A learner's slider moves before each try (answer_explorations), one row per try that had
 * any. Written in the submit's transaction, beside its answer; read by the learner's progress
 * page and the instructor's drill-down; cleared by the learner. The moves are JSON text, parsed
 * (with the submit contract's schema) by lib/services.
 */

export interface NewExploration {
  userId: string;
  /** The idempotency key of the answer just inserted in the same program: it finds the row. */
  idempotencyKey: string;
  /** Oldest first; t is ms since the question was shown. */
  moves: readonly { param: string; value: number; t: number }[];
  createdAt: Date;
}

/** A statement of the submit program, after insertAnswer: the answer is found by its key. */
export function* insertExploration(e: NewExploration): Program<void> {
  yield sql`
    INSERT INTO answer_explorations (id, "answerId", "userId", moves, "moveCount", "createdAt")
    SELECT ${randomUUID()}, id, "userId", ${JSON.stringify(e.moves)}, ${e.moves.length},
      ${e.createdAt}
    FROM answers WHERE "userId" = ${e.userId} AND "idempotencyKey" = ${e.idempotencyKey}`;
}

/** Every recorded exploration of a learner, newest first, with the try it led to. */
export async function explorationsOf(db: Db, userId: string) {
  const rows = await db.answerExploration.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      answerId: true,
      moves: true,
      createdAt: true,
      answer: {
        select: {
          questionId: true,
          tryNumber: true,
          correct: true,
          timeTakenMs: true,
          attempt: { select: { lessonId: true } },
        },
      },
    },
  });
  return rows.map(({ answer: { attempt, ...answer }, ...row }) => ({
    ...row,
    ...answer,
    lessonId: attempt.lessonId,
  }));
}

/** Deletes the learner's exploration rows, and nothing else; the number deleted. */
export async function clearExplorations(db: Db, userId: string): Promise<number> {
  const { count } = await db.answerExploration.deleteMany({ where: { userId } });
  return count;
}
