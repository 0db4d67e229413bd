import { authContext, setSessionCookie } from "@/lib/auth/current";
import { SignInInput } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(SignInInput, async (input) => {
  const signedIn = await signIn(await authContext(), input);
  await setSessionCookie(signedIn);
  return Response.json({ user: signedIn.user });
});
