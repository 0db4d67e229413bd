import type { Db } from "@/lib/db/prisma";
import { pruneRateLimits, takeSlot, waitFor, type Limit } from "@/lib/db/rate-limit-store";
import { AppError } from "@/lib/http/errors";

/**
 * Failed password checks allowed per window, by whom they are counted. There is no lock on an
 * account as such (anyone who knows an email could use one to keep its owner out):
 * - `pair`: one account from one network address. This is what stops guessing a learner's
 *   password, and it only ever blocks the address doing the guessing.
 * - `address`: all accounts from one address (looser, since a classroom can share one), to
 *   stop one address spraying many accounts.
 * - `account`: all addresses, a high ceiling against guessing spread over many addresses. Only
 *   an attack from more than ten addresses at once reaches it; the owner is then refused too,
 *   for at most the window, which is the price of bounding distributed guessing.
 * Each failure also costs its address a growing delay before the answer (failureDelayMs).
 */
export const SIGN_IN_LIMITS = {
  pair: { max: 5, windowMinutes: 15 },
  address: { max: 20, windowMinutes: 15 },
  account: { max: 50, windowMinutes: 15 },
} as const satisfies Record<string, Limit>;

/** Wrong current passwords on the password-change form, per account and address. */
export const PASSWORD_CHANGE_LIMIT = { max: 5, windowMinutes: 15 } as const;

type Scope = keyof typeof SIGN_IN_LIMITS;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;
export const pairKey = (email: string, address: string) =>
  `pair:${JSON.stringify([email, address])}`;
/** Not a sign-in key: a stolen session guessing here must not lock the owner out of sign-in. */
export const passwordChangeKey = (userId: string, address: string) =>
  `password-change:${JSON.stringify([userId, address])}`;

const REFUSALS: Record<Scope, string> = {
  pair: "this account from this network address",
  address: "this network address",
  account: "this account",
};

/** An attempt being checked: its rows count as failures until it succeeds and removes them. */
export interface PendingAttempt {
  ids: string[];
  /** Failures of the pair in the window, this attempt included. */
  pairFailures: number;
}

/**
 * Records a sign-in attempt as a failure before its password is checked, then counts (written
 * first, so parallel guesses cannot all pass one check; see lib/db/rate-limit-store.ts).
 * Throws a 429 naming the limit and the wait when a limit is passed, after removing the rows.
 */
export async function beginSignInAttempt(
  db: Db,
  email: string,
  address: string,
  now = new Date(),
): Promise<PendingAttempt> {
  await pruneRateLimits(db, now);
  const keys: Record<Scope, string> = {
    pair: pairKey(email, address),
    address: addressKey(address),
    account: accountKey(email),
  };
  const scopes = Object.keys(keys) as Scope[];
  const rows = await db.$transaction(
    scopes.map((scope) =>
      db.signInAttempt.create({
        data: { key: keys[scope], succeeded: false, createdAt: now },
        select: { id: true },
      }),
    ),
  );
  const ids = rows.map((row) => row.id);
  let pairFailures = 0;
  for (const scope of scopes) {
    const limit = SIGN_IN_LIMITS[scope];
    const where = {
      key: keys[scope],
      succeeded: false,
      createdAt: { gt: windowStart(limit, now) },
    };
    const count = await db.signInAttempt.count({ where });
    if (scope === "pair") pairFailures = count;
    if (count <= limit.max) continue;
    await db.signInAttempt.deleteMany({ where: { id: { in: ids } } });
    throw await refusal(db, where, limit, REFUSALS[scope], now);
  }
  return { ids, pairFailures };
}

/**
 * A wrong current password on the password-change form: counted per account and address and
 * in the address's sign-in count, but not in the account's: the owner can still sign in.
 */
export async function beginPasswordCheck(
  db: Db,
  userId: string,
  address: string,
  now = new Date(),
): Promise<PendingAttempt> {
  await pruneRateLimits(db, now);
  const checks: [string, Limit, string][] = [
    [passwordChangeKey(userId, address), PASSWORD_CHANGE_LIMIT, REFUSALS.pair],
    [addressKey(address), SIGN_IN_LIMITS.address, REFUSALS.address],
  ];
  const rows = await db.$transaction(
    checks.map(([key]) =>
      db.signInAttempt.create({
        data: { key, succeeded: false, createdAt: now },
        select: { id: true },
      }),
    ),
  );
  const ids = rows.map((row) => row.id);
  for (const [key, limit, who] of checks) {
    const where = { key, succeeded: false, createdAt: { gt: windowStart(limit, now) } };
    if ((await db.signInAttempt.count({ where })) <= limit.max) continue;
    await db.signInAttempt.deleteMany({ where: { id: { in: ids } } });
    throw await refusal(db, where, limit, who, now);
  }
  return { ids, pairFailures: 0 };
}

function windowStart(limit: Limit, now: Date): Date {
  return new Date(now.getTime() - limit.windowMinutes * 60_000);
}

async function refusal(
  db: Db,
  where: { key: string; succeeded: boolean; createdAt: { gt: Date } },
  limit: Limit,
  who: string,
  now: Date,
): Promise<AppError> {
  const newest = await db.signInAttempt.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: limit.max,
    select: { createdAt: true },
  });
  const waitSeconds = waitFor(newest, limit, now);
  return new AppError(
    429,
    `Too many failed sign-ins for ${who}: the limit is ${limit.max} every ` +
      `${limit.windowMinutes} minutes. Try again in ${formatWait(waitSeconds)}.`,
    {},
    waitSeconds,
  );
}

/**
 * How long a wrong password waits before its answer, by the pair's failures so far: nothing
 * for a first typo, then doubling to 2 s, so guessing from one address is slow as well as
 * capped, while nobody else waits at all.
 */
export function failureDelayMs(pairFailures: number): number {
  if (pairFailures <= 1) return 0;
  return Math.min(2_000, 250 * 2 ** (pairFailures - 2));
}

/**
 * New rows per network address: sign-ups (which also slows finding out which emails have an
 * account) and guests (each a user row). Generous, since a classroom can share one address.
 */
export const CREATION_LIMITS = {
  "sign-up": { max: 50, windowMinutes: 60 },
  guest: { max: 120, windowMinutes: 60 },
} as const satisfies Record<string, Limit>;

const CREATIONS = { "sign-up": "sign-ups", guest: "guest sessions started" } as const;

/** Counts one sign-up or guest from `address`; a 429 naming the limit and the wait past it. */
export async function assertCreationAllowed(
  db: Db,
  kind: keyof typeof CREATION_LIMITS,
  address: string,
  now = new Date(),
): Promise<void> {
  const limit = CREATION_LIMITS[kind];
  const slot = await takeSlot(db, `${kind}:address:${address}`, limit, now);
  if (slot.allowed) return;
  throw new AppError(
    429,
    `Too many ${CREATIONS[kind]} from this network address: the limit is ${limit.max} every ` +
      `${limit.windowMinutes} minutes. Try again in ${formatWait(slot.waitSeconds)}.`,
    {},
    slot.waitSeconds,
  );
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
