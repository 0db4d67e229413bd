import { createHmac, randomBytes } from "node:crypto";
import type { Db, DbLike } from "@/lib/db/prisma";
import {
  bool,
  date,
  runProgram,
  sql,
  text,
  textOrNull,
  type Program,
  type Row,
} from "@/lib/db/sql";

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
  // Every request asks this: one join, run on the driver directly where it can (lib/db/sql).
  const row = await runProgram(db, () => sessionRow(sessionIdFor(token, secret)), {
    write: false,
  });
  if (!row || date(row.expiresAt) <= now) return null;
  return {
    id: text(row.id),
    email: textOrNull(row.email),
    name: textOrNull(row.name),
    role: row.role === "instructor" ? "instructor" : "learner",
    isGuest: bool(row.isGuest),
  };
}

function* sessionRow(sessionId: string): Program<Row | undefined> {
  const rows = yield sql`
    SELECT s."expiresAt", u.id, u.email, u.name, u.role, u."isGuest"
    FROM sessions s JOIN users u ON u.id = s."userId"
    WHERE s.id = ${sessionId}`;
  return rows[0];
}

export async function deleteSession(db: DbLike, token: string, secret: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdFor(token, secret) } });
}
