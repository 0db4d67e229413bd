import { currentSessionId } from "@/lib/auth/current";
import { respondWith } from "@/lib/contracts/http";
import { AnswerOutcome, SubmitAnswerInput } from "@/lib/contracts/quiz";
import { AppError } from "@/lib/errors";
import { submitAnswerInSession } from "@/lib/services/quiz";
import { jsonRoute } from "@/lib/http/route";

/**
 * Grades and stores one try. A repeated idempotency key returns the stored outcome (200). The
 * session is checked inside the submit's transaction (one round trip fewer on PostgreSQL); an
 * unknown or expired one is a 401, as `requireUser` answers elsewhere.
 */
export const POST = jsonRoute(SubmitAnswerInput, async (input) => {
  const sessionId = await currentSessionId();
  if (!sessionId) throw new AppError(401, "Sign in to continue.");
  const outcome = await submitAnswerInSession(sessionId, input);
  return respondWith(AnswerOutcome, outcome, { status: outcome.replayed ? 200 : 201 });
});
