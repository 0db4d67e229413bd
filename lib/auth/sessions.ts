import { createHmac, randomBytes } from "node:crypto";
import type { Db, DbLike } from "@/lib/db/prisma";

export const SESSION_COOKIE = "gt_session";
export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The cookie carries a random token; the database keeps only its HMAC under AUTH_SECRET, so
 * neither a leaked sessions table nor a leaked secret alone yields a live session.
 */
export function sessionIdFor(token: string, secret: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}

export async function createSession(
  db: DbLike,
  userId: string,
  secret: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  await db.session.create({ data: { id: sessionIdFor(token, secret), userId, expiresAt } });
  return { token, expiresAt };
}

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
  role: "learner" | "instructor";
  isGuest: boolean;
}

export async function findSessionUser(
  db: Db,
  token: string,
  secret: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionIdFor(token, secret) },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isGuest: true } },
    },
  });
  if (!session || session.expiresAt <= now) return null;
  const { user } = session;
  return { ...user, role: user.role === "instructor" ? "instructor" : "learner" };
}

export async function deleteSession(db: DbLike, token: string, secret: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdFor(token, secret) } });
}
