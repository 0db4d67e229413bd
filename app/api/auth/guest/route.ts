import { authContext, setSessionCookie } from "@/lib/auth/current";
import { EmptyInput } from "@/lib/auth/schemas";
import { startGuest } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(EmptyInput, async () => {
  const context = await authContext();
  const guest = await startGuest(context);
  if (!guest) return Response.json({ user: context.currentUser });
  await setSessionCookie(guest);
  return Response.json({ user: guest.user }, { status: 201 });
});
