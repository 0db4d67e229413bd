import { randomUUID } from "node:crypto";
import type { Db } from "./prisma";
import { date, postgresLock, runProgram, sql, type Program, type Statement } from "./sql";

/**
 * Counting requests per key in the database, so every app instance shares the count.
 *
 * Counting and recording are one write transaction that holds the key: on SQLite the database's
 * write lock (BEGIN IMMEDIATE), on PostgreSQL an advisory lock per key. Counting in one step and
 * recording in another let a burst of parallel requests all read the same count and all pass
 * (60 parallel guesses had 7–20 passwords checked against a limit of 5; 45 tutor messages let
 * 31 through a limit of 30 on PostgreSQL). Recorded before the expensive step it guards, a
 * request in flight already counts.
 */

export interface Limit {
  max: number;
  windowMinutes: number;
}

export interface Check {
  key: string;
  limit: Limit;
}

export type Outcome =
  { allowed: true; ids: string[] } | { allowed: false; refused: Check; waitSeconds: number };

/** sign_in_attempts counts failures (a pending attempt is one); rate_limit_events, every event. */
export type LimitTable = "sign_in_attempts" | "rate_limit_events";

function countStatement(table: LimitTable, key: string, since: Date, max: number): Statement {
  return table === "sign_in_attempts"
    ? sql`SELECT "createdAt" FROM sign_in_attempts
          WHERE key = ${key} AND succeeded = ${false} AND "createdAt" > ${since}
          ORDER BY "createdAt" DESC LIMIT ${max}`
    : sql`SELECT "createdAt" FROM rate_limit_events
          WHERE key = ${key} AND "createdAt" > ${since}
          ORDER BY "createdAt" DESC LIMIT ${max}`;
}

function insertStatement(table: LimitTable, id: string, key: string, now: Date): Statement {
  return table === "sign_in_attempts"
    ? sql`INSERT INTO sign_in_attempts (id, key, succeeded, "createdAt")
          VALUES (${id}, ${key}, ${false}, ${now})`
    : sql`INSERT INTO rate_limit_events (id, key, "createdAt") VALUES (${id}, ${key}, ${now})`;
}

/** Seconds until the oldest of the `max` newest events leaves the window (at least 1). */
export function waitFor(newest: readonly Date[], limit: Limit, now: Date): number {
  const oldest = newest[limit.max - 1] ?? newest.at(-1);
  if (!oldest) return 1;
  const retryAt = oldest.getTime() + limit.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

function* takeProgram(table: LimitTable, checks: readonly Check[], now: Date): Program<Outcome> {
  // Keys locked in one order, so two requests sharing keys never wait on each other in a cycle.
  for (const key of [...new Set(checks.map((c) => c.key))].sort()) {
    yield postgresLock(
      sql`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS held`,
    );
  }
  for (const check of checks) {
    const since = new Date(now.getTime() - check.limit.windowMinutes * 60_000);
    const rows = yield countStatement(table, check.key, since, check.limit.max);
    if (rows.length >= check.limit.max) {
      const newest = rows.map((row) => date(row.createdAt));
      return { allowed: false, refused: check, waitSeconds: waitFor(newest, check.limit, now) };
    }
  }
  const ids: string[] = [];
  for (const check of checks) {
    const id = randomUUID();
    ids.push(id);
    yield insertStatement(table, id, check.key, now);
  }
  return { allowed: true, ids };
}

/**
 * Records one event under each key if every key is within its limit, else records nothing and
 * names the first limit passed. Atomic against parallel requests (see the top).
 */
export async function takeSlots(
  db: Db,
  table: LimitTable,
  checks: readonly Check[],
  now = new Date(),
): Promise<Outcome> {
  await pruneRateLimits(db, now);
  return runProgram(db, () => takeProgram(table, checks, now), { write: true });
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
