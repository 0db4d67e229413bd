import { authContext, setSessionCookie } from "@/lib/auth/current";
import { ChangePasswordInput } from "@/lib/auth/schemas";
import { changePassword } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { authContracts } from "@/lib/contracts/auth";

/** Changes the password; every other session of the account ends, this one gets a new cookie. */
export const POST = jsonRoute(ChangePasswordInput, async (input) => {
  const signedIn = await changePassword(await authContext(), input);
  await setSessionCookie(signedIn);
  return respondWith(authContracts.password.response, { user: signedIn.user });
});
