import { authContext, setSessionCookie } from "@/lib/auth/current";
import { ChangePasswordInput } from "@/lib/auth/schemas";
import { changePassword } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";

/** Changes the password; every other session of the account ends, this one gets a new cookie. */
export const POST = jsonRoute(ChangePasswordInput, async (input) => {
  const signedIn = await changePassword(await authContext(), input);
  await setSessionCookie(signedIn);
  return Response.json({ user: signedIn.user });
});
