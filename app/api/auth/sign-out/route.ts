import { endSession } from "@/lib/auth/current";
import { EmptyInput } from "@/lib/auth/schemas";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(EmptyInput, async () => {
  await endSession();
  return new Response(null, { status: 204 });
});
