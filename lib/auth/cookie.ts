import type { Env } from "@/lib/env";

/**
 * The session cookie's attributes. httpOnly: page scripts (and so an XSS payload) cannot read
 * the token. SameSite=Lax: other sites' forms and fetches do not carry it (CSRF), while a link
 * from elsewhere still arrives signed in. Secure in production unless COOKIE_SECURE=false says
 * the app is served over plain HTTP (a Secure cookie would never come back there).
 */
export function sessionCookieOptions(
  expiresAt: Date,
  { COOKIE_SECURE, NODE_ENV }: Pick<Env, "COOKIE_SECURE" | "NODE_ENV">,
) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: COOKIE_SECURE ? COOKIE_SECURE === "true" : NODE_ENV === "production",
    path: "/",
    expires: expiresAt,
  } as const;
}
