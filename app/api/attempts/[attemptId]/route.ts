import { requireUser } from "@/lib/auth/current";
import { attemptView } from "@/lib/services/attempts";
import { route } from "@/lib/http/route";

export const GET = route<{ params: Promise<{ attemptId: string }> }>(async (_request, context) => {
  const user = await requireUser();
  const { attemptId } = await context.params;
  return Response.json(await attemptView(user.id, attemptId));
});
