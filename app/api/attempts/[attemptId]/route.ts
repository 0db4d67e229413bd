import { requireUser } from "@/lib/auth/current";
import { attemptView } from "@/lib/services/attempts";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { AttemptView } from "@/lib/contracts/quiz";

export const GET = route<{ params: Promise<{ attemptId: string }> }>(async (_request, context) => {
  const user = await requireUser();
  const { attemptId } = await context.params;
  return respondWith(AttemptView, await attemptView(user.id, attemptId));
});
