import type { Db } from "@/lib/db/prisma";
import { takeSlots, type Check, type Limit } from "@/lib/db/rate-limit-store";
import { AppError } from "@/lib/errors";

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
  // A school behind one NAT address is many people mistyping: 100 per 15 minutes lets a
  // classroom through while the growing delay and the pair limit still stop a sprayer.
  address: { max: 100, windowMinutes: 15 },
  account: { max: 50, windowMinutes: 15 },
} as const satisfies Record<string, Limit>;

/** Wrong current passwords on the password-change form, per session. */
export const PASSWORD_CHANGE_LIMIT = { max: 5, windowMinutes: 15 } as const;

type Scope = keyof typeof SIGN_IN_LIMITS;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;
export const pairKey = (email: string, address: string) =>
  `pair:${JSON.stringify([email, address])}`;
/**
 * Not a sign-in key: a stolen session guessing here must not lock the owner out of sign-in.
 * Per session (its stored id), since a session is what a thief holds, wherever they connect
 * from; a new session needs the password.
 */
export const passwordChangeKey = (sessionId: string) => `password-change:${sessionId}`;

const REFUSALS: Record<Scope, string> = {
  pair: "this account from this network address",
  address: "this network address",
  account: "this account",
};

/** An attempt being checked: its rows count as failures until it succeeds and removes them. */
export interface PendingAttempt {
  ids: string[];
}

/**
 * Records a sign-in attempt as a failure before its password is checked, in one step with the
 * counting (so parallel guesses cannot all pass one check; see lib/db/rate-limit-store.ts).
 * Throws a 429 naming the limit and the wait when a limit is reached, recording nothing.
 */
export async function beginSignInAttempt(
  db: Db,
  email: string,
  address: string,
  now = new Date(),
): Promise<PendingAttempt> {
  return begin(
    db,
    [
      { key: pairKey(email, address), limit: SIGN_IN_LIMITS.pair, who: REFUSALS.pair },
      { key: addressKey(address), limit: SIGN_IN_LIMITS.address, who: REFUSALS.address },
      { key: accountKey(email), limit: SIGN_IN_LIMITS.account, who: REFUSALS.account },
    ],
    now,
  );
}

/**
 * A check of the current password on the password-change form, recorded as a failure first
 * like a sign-in: counted per session and in the address's sign-in count, but not in the
 * account's, so the owner can still sign in while a stolen session guesses.
 */
export async function beginPasswordCheck(
  db: Db,
  sessionId: string,
  address: string,
  now = new Date(),
): Promise<PendingAttempt> {
  return begin(
    db,
    [
      { key: passwordChangeKey(sessionId), limit: PASSWORD_CHANGE_LIMIT, who: "this session" },
      { key: addressKey(address), limit: SIGN_IN_LIMITS.address, who: REFUSALS.address },
    ],
    now,
  );
}

async function begin(
  db: Db,
  checks: (Check & { who: string })[],
  now: Date,
): Promise<PendingAttempt> {
  const outcome = await takeSlots(db, "sign_in_attempts", checks, now);
  if (outcome.allowed) return { ids: outcome.ids };
  const { limit } = outcome.refused;
  const who = checks.find((check) => check.key === outcome.refused.key)?.who ?? "this account";
  throw new AppError(
    429,
    `Too many wrong passwords for ${who}: the limit is ${limit.max} every ` +
      `${limit.windowMinutes} minutes. Try again in ${formatWait(outcome.waitSeconds)}.`,
    {},
    outcome.waitSeconds,
  );
}

/** Failures of one account from one address in the pair's window (for the delay below). */
export async function pairFailures(db: Db, email: string, address: string, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.pair.windowMinutes * 60_000);
  return db.signInAttempt.count({
    where: { key: pairKey(email, address), succeeded: false, createdAt: { gt: since } },
  });
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
  "sign-up": { max: 100, windowMinutes: 60 },
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
  const key = `${kind}:address:${address}`;
  const slot = await takeSlots(db, "rate_limit_events", [{ key, limit }], now);
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
