import "server-only";
import { revealHint as hintOfInstance } from "@/lib/learning/grading";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { attemptById, hintsTakenOn, recordHint } from "@/lib/db/quiz-store";
import type { RevealHintInput } from "@/lib/contracts/quiz";
import { writeTransaction } from "@/lib/db/transaction";
import { ownAttemptOf, questionOfAttempt } from "./attempt";
import type { RevealedHint } from "./outcome";
import { instanceSeed } from "./seed";

/** The next hint of a question, one at a time; each is counted once, however often shown. */
export async function revealHint(
  userId: string,
  input: RevealHintInput,
  source: "quiz" | "tutor" = "quiz",
  now = new Date(),
): Promise<RevealedHint> {
  try {
    return await revealHintOnce(userId, input, source, now);
  } catch (error) {
    // A double click raced on the same hint: it is now stored, so asking again returns it.
    if (isUniqueViolation(error)) return revealHintOnce(userId, input, source, now);
    throw error;
  }
}

function revealHintOnce(
  userId: string,
  input: RevealHintInput,
  source: "quiz" | "tutor",
  now: Date,
): Promise<RevealedHint> {
  return writeTransaction(db(), async (tx) => {
    const attempt = ownAttemptOf(await attemptById(tx, input.attemptId), userId, input.attemptId);
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
    const taken = await hintsTakenOn(tx, userId, question.id);
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
      await recordHint(tx, {
        userId,
        questionId: question.id,
        hintIndex: input.hintIndex,
        source,
        createdAt: now,
      });
    }
    return {
      hint,
      hintIndex: input.hintIndex,
      hintsLeft: question.hints.length - 1 - input.hintIndex,
    };
  });
}
