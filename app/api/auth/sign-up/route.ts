import { authContext, setSessionCookie } from "@/lib/auth/current";
import { SignUpInput } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/service";
import { jsonRoute } from "@/lib/http/route";

export const POST = jsonRoute(SignUpInput, async (input) => {
  const signedIn = await signUp(await authContext(), input);
  await setSessionCookie(signedIn);
  return Response.json({ user: signedIn.user }, { status: 201 });
});
