import "server-only";
import type { SessionUser } from "@/lib/auth/sessions";
import { formatWait } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/http/errors";
import { db } from "./client";

/**
 * The tutor is open to visitors without an account, so one address may send at most
 * TUTOR_GUEST_LIMIT messages per window; signed-in learners are attributed and not limited
 * here. Counted in the database so every app instance shares the count.
 */
export const TUTOR_GUEST_LIMIT = { max: 30, windowMinutes: 5 } as const;

export async function assertTutorAllowed(
  user: SessionUser | null,
  address: string,
  now = new Date(),
): Promise<void> {
  if (user && !user.isGuest) return;
  const key = `tutor:address:${address}`;
  const { max, windowMinutes } = TUTOR_GUEST_LIMIT;
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const recent = await db().rateLimitEvent.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  const oldest = recent[max - 1];
  if (oldest) {
    const waitSeconds = Math.max(
      1,
      Math.ceil((oldest.createdAt.getTime() + windowMinutes * 60_000 - now.getTime()) / 1000),
    );
    throw new AppError(
      429,
      `Too many tutor messages from this network address: the limit for guests is ${max} every ` +
        `${windowMinutes} minutes. Try again in ${formatWait(waitSeconds)}, or sign up for no limit.`,
      {},
      waitSeconds,
    );
  }
  await db().rateLimitEvent.create({ data: { key, createdAt: now } });
  // Old events are useless after the window; trim this key's now and then, not on every call.
  if (recent.length === 0) {
    await db().rateLimitEvent.deleteMany({ where: { key, createdAt: { lt: since } } });
  }
}
