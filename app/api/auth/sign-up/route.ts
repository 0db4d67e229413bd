import { authContext, setSessionCookie } from "@/lib/auth/current";
import { SignUpInput } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { authContracts } from "@/lib/contracts/auth";

export const POST = jsonRoute(SignUpInput, async (input) => {
  const signedIn = await signUp(await authContext(), input);
  await setSessionCookie(signedIn);
  return respondWith(authContracts.signUp.response, { user: signedIn.user }, { status: 201 });
});
