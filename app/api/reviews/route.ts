import { z } from "zod";
import { requireUser } from "@/lib/auth/current";
import { attemptView, startReview } from "@/lib/services/attempts";
import { reviewQueue } from "@/lib/services/learner";
import { jsonRoute, route } from "@/lib/http/route";

/** The learner's due review items, most overdue first. */
export const GET = route(async () => {
  const user = await requireUser();
  return Response.json({ due: await reviewQueue(user.id) });
});

/** Opens a review of one question (a fresh attempt with new numbers where the question draws them). */
export const POST = jsonRoute(
  z.object({ questionId: z.string({ error: "questionId is required" }).min(1).max(200) }),
  async ({ questionId }) => {
    const user = await requireUser();
    const { attemptId } = await startReview(user.id, questionId);
    return Response.json(await attemptView(user.id, attemptId), { status: 201 });
  },
);
