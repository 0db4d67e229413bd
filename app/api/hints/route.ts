import { requireUser } from "@/lib/auth/current";
import { respondWith } from "@/lib/contracts/http";
import { RevealedHint, RevealHintInput } from "@/lib/contracts/quiz";
import { revealHint } from "@/lib/services/quiz";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(RevealHintInput, async (input) => {
  const user = await requireUser();
  return respondWith(RevealedHint, await revealHint(user.id, input));
});
