"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current";
import { startReview } from "@/lib/services/attempts";
import { formAction } from "@/lib/http/form-action";

export const startReviewAction = formAction(
  z.object({ questionId: z.string().min(1, "questionId is required").max(200) }),
  async ({ questionId }) => {
    const user = await requireUser();
    const { attemptId } = await startReview(user.id, questionId);
    redirect(`/review/${attemptId}`);
  },
);
