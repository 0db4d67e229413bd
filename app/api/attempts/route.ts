import { requireUser } from "@/lib/auth/current";
import { attemptView, startOrResumeAttempt } from "@/lib/services/attempts";
import { respondWith } from "@/lib/contracts/http";
import { AttemptView, StartAttemptInput } from "@/lib/contracts/quiz";
import { jsonRoute } from "@/lib/http/route";

/** Starts or resumes the learner's pass through a lesson's questions. */
export const POST = jsonRoute(StartAttemptInput, async (input) => {
  const user = await requireUser();
  const { attemptId } = await startOrResumeAttempt(user.id, input.lessonId, input.restart);
  return respondWith(AttemptView, await attemptView(user.id, attemptId), { status: 201 });
});
