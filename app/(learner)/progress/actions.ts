"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current";
import { formAction } from "@/lib/http/form-action";
import { clearExplorationRecord } from "@/lib/services/learner/exploration";

/**
 * Deletes the learner's slider-move record (answers, credit and mastery stay). The form's
 * confirmation step sends `confirm=clear`; a post without it deletes nothing.
 */
export const clearExplorationAction = formAction(
  z.object({
    confirm: z.literal("clear", { error: "Confirm that you want to clear the record." }),
  }),
  async () => {
    const user = await requireUser();
    await clearExplorationRecord(user.id);
    redirect("/progress?cleared=exploration#exploration-heading");
  },
);
