import { authContext, setSessionCookie } from "@/lib/auth/current";
import { EmptyInput } from "@/lib/auth/schemas";
import { startGuest } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { authContracts } from "@/lib/contracts/auth";

export const POST = jsonRoute(EmptyInput, async () => {
  const context = await authContext();
  const guest = await startGuest(context);
  if (!guest) return respondWith(authContracts.guest.response, { user: context.currentUser });
  await setSessionCookie(guest);
  return respondWith(authContracts.guest.response, { user: guest.user }, { status: 201 });
});
