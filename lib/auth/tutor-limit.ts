import "server-only";
import type { Db } from "@/lib/db/prisma";
import { takeSlots } from "@/lib/db/rate-limit-store";
import { AppError } from "@/lib/errors";
import { formatWait } from "./rate-limit";
import type { SessionUser } from "./sessions";

/**
 * The tutor is open to visitors without an account, so one address may send at most
 * TUTOR_GUEST_LIMIT messages per window; signed-in learners are attributed and not limited.
 */
export const TUTOR_GUEST_LIMIT = { max: 30, windowMinutes: 5 } as const;

export async function assertTutorAllowed(
  db: Db,
  user: SessionUser | null,
  address: string,
  now = new Date(),
): Promise<void> {
  if (user && !user.isGuest) return;
  const { max, windowMinutes } = TUTOR_GUEST_LIMIT;
  const key = `tutor:address:${address}`;
  const slot = await takeSlots(db, "rate_limit_events", [{ key, limit: TUTOR_GUEST_LIMIT }], now);
  if (slot.allowed) return;
  throw new AppError(
    429,
    `Too many tutor messages from this network address: the limit for guests is ${max} every ` +
      `${windowMinutes} minutes. Try again in ${formatWait(slot.waitSeconds)}, or sign up for no limit.`,
    {},
    slot.waitSeconds,
  );
}
