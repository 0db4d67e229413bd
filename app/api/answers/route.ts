import { requireUser } from "@/lib/auth/current";
import { SubmitAnswerInput } from "@/lib/db/quiz-schemas";
import { submitAnswer } from "@/lib/services/quiz";
import { jsonRoute } from "@/lib/http/route";

/** Grades and stores one try. A repeated idempotency key returns the stored outcome (200). */
export const POST = jsonRoute(SubmitAnswerInput, async (input) => {
  const user = await requireUser();
  const outcome = await submitAnswer(user.id, input);
  return Response.json(outcome, { status: outcome.replayed ? 200 : 201 });
});
