import type { Db } from "./prisma";

/**
 * Counting requests per key in the database, so every app instance shares the count.
 *
 * The event is written first and counted second. Checking first and writing after lets a burst
 * of parallel requests all read the same count and all pass (45 tutor messages at once let 31
 * through a limit of 30 on PostgreSQL). Written first, the k-th event to commit sees at least
 * k events, so at most `max` requests see a count within the limit; one that does not removes
 * its event again, so refused requests do not extend the wait.
 */

export interface Limit {
  max: number;
  windowMinutes: number;
}

export interface Slot {
  allowed: boolean;
  /** When refused: seconds until the oldest counted event leaves the window. */
  waitSeconds: number;
}

/** Seconds until the oldest of the `max` newest events leaves the window (at least 1). */
export function waitFor(newest: readonly { createdAt: Date }[], limit: Limit, now: Date): number {
  const oldest = newest[limit.max - 1] ?? newest.at(-1);
  if (!oldest) return 1;
  const retryAt = oldest.createdAt.getTime() + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

/** Records one event under `key` and says whether it is within `limit` (see the top). */
export async function takeSlot(db: Db, key: string, limit: Limit, now = new Date()): Promise<Slot> {
  await pruneRateLimits(db, now);
  const { id } = await db.rateLimitEvent.create({
    data: { key, createdAt: now },
    select: { id: true },
  });
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const count = await db.rateLimitEvent.count({ where: { key, createdAt: { gt: since } } });
  if (count <= limit.max) return { allowed: true, waitSeconds: 0 };
  await db.rateLimitEvent.deleteMany({ where: { id } });
  const newest = await db.rateLimitEvent.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit.max,
    select: { createdAt: true },
  });
  return { allowed: false, waitSeconds: waitFor(newest, limit, now) };
}

/** Rows older than this are past every window (the longest is an hour) and are deleted. */
export const RATE_LIMIT_RETENTION_MINUTES = 120;
const PRUNE_EVERY_MS = 10 * 60_000;
const lastPruned = new WeakMap<Db, number>();

/**
 * Deletes sign-in attempts and rate-limit events past every window, at most every ten minutes
 * per process and database, so the tables stay as small as the traffic of the last two hours.
 */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<void> {
  const last = lastPruned.get(db);
  if (last !== undefined && now.getTime() - last < PRUNE_EVERY_MS && now.getTime() >= last) return;
  lastPruned.set(db, now.getTime());
  const before = new Date(now.getTime() - RATE_LIMIT_RETENTION_MINUTES * 60_000);
  await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: before } } });
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: before } } });
}
