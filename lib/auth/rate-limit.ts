import type { Db } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/errors";

/**
 * Failed sign-ins allowed per window. Per account, to stop guessing one learner's password;
 * per address (looser, since a classroom can share one), to stop spraying many accounts.
 */
export const SIGN_IN_LIMITS = {
  account: { max: 5, windowMinutes: 15 },
  address: { max: 20, windowMinutes: 15 },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;

/** Throws a 429 naming the limit and the wait when either limit is reached. */
export async function assertSignInAllowed(
  db: Db,
  email: string,
  address: string,
  now = new Date(),
): Promise<void> {
  for (const [scope, key] of [
    ["account", accountKey(email)],
    ["address", addressKey(address)],
  ] as const satisfies readonly (readonly [Scope, string])[]) {
    const { max, windowMinutes } = SIGN_IN_LIMITS[scope];
    const since = new Date(now.getTime() - windowMinutes * 60_000);
    const failures = await db.signInAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: max,
      select: { createdAt: true },
    });
    const oldest = failures[max - 1];
    if (oldest) {
      const retryAt = oldest.createdAt.getTime() + windowMinutes * 60_000;
      const waitSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
      const who = scope === "account" ? "this account" : "this network address";
      throw new AppError(
        429,
        `Too many failed sign-ins for ${who}: the limit is ${max} every ${windowMinutes} minutes. ` +
          `Try again in ${formatWait(waitSeconds)}.`,
        {},
        waitSeconds,
      );
    }
  }
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
