import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { AnswerOutcome, SubmitAnswerInput } from "@/lib/contracts/quiz";

export type { AnswerOutcome, RevealedHint } from "@/lib/contracts/quiz";

/** What a submit answers, and what is stored with the answer to replay it. */

export interface StoredPayload {
  response: Record<string, unknown>;
  outcome: Omit<AnswerOutcome, "replayed">;
  /** The instance seed the question was graded with (its numbers can be replayed from it). */
  seed?: string;
}

const StoredScore = z.object({ outcome: z.object({ score: z.number().min(0).max(1) }) });

/** The credit of an earlier try, read from its stored payload (0 when it cannot be read). */
export function storedScore(payload: string | null): number {
  if (payload === null) return 0;
  try {
    const parsed = StoredScore.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data.outcome.score : 0;
  } catch {
    return 0;
  }
}

export function answeredElsewhere(storedPayload: string): AnswerOutcome {
  const { outcome } = JSON.parse(storedPayload) as StoredPayload;
  return { ...outcome, replayed: true, answeredElsewhere: true };
}

export function replayFromStored(
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
