import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import { AppError } from "@/lib/errors";
import { sessionCookieOptions } from "./cookie";
import type { AuthContext, SignedIn } from "./service";
import {
  deleteSession,
  findSessionUser,
  SESSION_COOKIE,
  sessionIdFor,
  type SessionUser,
} from "./sessions";

/** The signed-in user of this request (deduplicated per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return findSessionUser(db(), token, env().AUTH_SECRET);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError(401, "Sign in to continue.");
  return user;
}

export async function requireInstructor(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "instructor") throw new AppError(403, "This page is for instructors.");
  return user;
}

/** The client's address for rate limiting: see lib/http/client-address.ts for whom we believe. */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers(), env().TRUSTED_PROXIES);
}

export async function authContext(): Promise<AuthContext> {
  return {
    db: db(),
    secret: env().AUTH_SECRET,
    currentUser: await getCurrentUser(),
    currentToken: (await cookies()).get(SESSION_COOKIE)?.value ?? null,
    address: await clientAddress(),
  };
}

export async function setSessionCookie(signedIn: SignedIn): Promise<void> {
  (await cookies()).set(
    SESSION_COOKIE,
    signedIn.token,
    sessionCookieOptions(signedIn.expiresAt, env()),
  );
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(db(), token, env().AUTH_SECRET);
  jar.delete(SESSION_COOKIE);
}

/**
 * The stored id of this request's session cookie, unchecked, or null without one: for the
 * answer route, which checks the session inside its own transaction (lib/services/quiz).
 */
export async function currentSessionId(): Promise<string | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionIdFor(token, env().AUTH_SECRET) : null;
}
