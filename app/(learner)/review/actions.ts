"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current";
import { startNextReview, startReview } from "@/lib/services/attempts";
import { formAction } from "@/lib/http/form-action";
import { SessionSince, sessionHref } from "./session-since";

export const startReviewAction = formAction(
  z.object({ questionId: z.string().min(1, "questionId is required").max(200) }),
  async ({ questionId }) => {
    const user = await requireUser();
    const { attemptId } = await startReview(user.id, questionId);
    redirect(`/review/${attemptId}`);
  },
);

/** "Start reviewing": a session over the due questions, beginning now with the most overdue. */
export const startReviewSessionAction = formAction(z.object({}), async () => {
  const user = await requireUser();
  const since = new Date();
  await startNextReview(user.id, since, since);
  redirect(sessionHref(since));
});

/** "Next review": the session's next due question (or its end screen when none is left). */
export const nextReviewAction = formAction(z.object({ since: SessionSince }), async ({ since }) => {
  const user = await requireUser();
  await startNextReview(user.id, new Date(since));
  redirect(sessionHref(since));
});
