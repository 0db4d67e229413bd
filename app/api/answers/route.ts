import { requireUser } from "@/lib/auth/current";
import { respondWith } from "@/lib/contracts/http";
import { AnswerOutcome, SubmitAnswerInput } from "@/lib/contracts/quiz";
import { submitAnswer } from "@/lib/services/quiz";
import { jsonRoute } from "@/lib/http/route";

/** Grades and stores one try. A repeated idempotency key returns the stored outcome (200). */
export const POST = jsonRoute(SubmitAnswerInput, async (input) => {
  const user = await requireUser();
  const outcome = await submitAnswer(user.id, input);
  return respondWith(AnswerOutcome, outcome, { status: outcome.replayed ? 200 : 201 });
});
