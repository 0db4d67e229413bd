import { authContext, setSessionCookie } from "@/lib/auth/current";
import { SignInInput } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { authContracts } from "@/lib/contracts/auth";

export const POST = jsonRoute(SignInInput, async (input) => {
  const signedIn = await signIn(await authContext(), input);
  await setSessionCookie(signedIn);
  return respondWith(authContracts.signIn.response, { user: signedIn.user });
});
