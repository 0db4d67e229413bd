import { requireUser } from "@/lib/auth/current";
import { attemptView, startReview } from "@/lib/services/attempts";
import { reviewQueue } from "@/lib/services/learner";
import { jsonRoute, route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { reviewContracts, StartReviewInput } from "@/lib/contracts/reviews";

/** The learner's due review items, most overdue first. */
export const GET = route(async () => {
  const user = await requireUser();
  return respondWith(reviewContracts.queue.response, { due: await reviewQueue(user.id) });
});

/** Opens a review of one question (a fresh attempt with new numbers where the question draws them). */
export const POST = jsonRoute(StartReviewInput, async ({ questionId }) => {
  const user = await requireUser();
  const { attemptId } = await startReview(user.id, questionId);
  return respondWith(reviewContracts.start.response, await attemptView(user.id, attemptId), {
    status: 201,
  });
});
