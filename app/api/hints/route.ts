import { requireUser } from "@/lib/auth/current";
import { RevealHintInput } from "@/lib/db/quiz-schemas";
import { revealHint } from "@/lib/services/quiz";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(RevealHintInput, async (input) => {
  const user = await requireUser();
  return Response.json(await revealHint(user.id, input));
});
