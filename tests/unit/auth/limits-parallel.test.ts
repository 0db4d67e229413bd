// The limits hold under bursts of parallel requests, on both databases: each attempt is
// written before it is counted, so a burst cannot all pass one check. Written the other way
// round, 60 parallel guesses had 7–20 passwords checked against a limit of 5, and 45 parallel
// tutor messages let 31 through a limit of 30 on PostgreSQL.
import { afterAll, beforeAll, expect, it } from "vitest";
import { CREATION_LIMITS, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { SignUpInput } from "@/lib/auth/schemas";
import { signIn, signUp, startGuest, type AuthContext } from "@/lib/auth/service";
import type { Db } from "@/lib/db/prisma";
import { assertTutorAllowed, TUTOR_GUEST_LIMIT } from "@/lib/auth/tutor-limit";
import { pruneRateLimits, RATE_LIMIT_RETENTION_MINUTES } from "@/lib/db/rate-limit-store";
import { AppError } from "@/lib/errors";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const SECRET = "parallel-limits-test-secret-0123456789-abcdefghij";

/** Status of each settled call: 0 for success, else the AppError's status (others rethrown). */
async function statuses(calls: Promise<unknown>[]): Promise<number[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((outcome) => {
    if (outcome.status === "fulfilled") return 0;
    if (outcome.reason instanceof AppError) return outcome.reason.status;
    throw outcome.reason;
  });
}
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

await describeBothProviders("limits under parallel requests", ({ freshDatabaseUrl }) => {
  let db: Db;
  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  const ctx = (address: string): AuthContext => ({
    db,
    secret: SECRET,
    currentUser: null,
    currentToken: null,
    address,
  });

  it("checks at most the limit of passwords when 60 wrong guesses arrive at once", async () => {
    const input = SignUpInput.parse({
      name: "Raced",
      email: "raced@example.com",
      password: "correct horse battery",
    });
    await signUp(ctx("192.0.2.1"), input);
    const guesses = Array.from({ length: 60 }, (_, i) =>
      signIn(ctx("192.0.2.66"), { email: input.email, password: `guess-${i}` }),
    );
    const answers = await statuses(guesses);
    // A 401 is a password checked; a 429 was refused before checking.
    expect(count(answers, 401)).toBe(SIGN_IN_LIMITS.pair.max);
    expect(count(answers, 429)).toBe(60 - SIGN_IN_LIMITS.pair.max);
  });

  it("lets at most the limit of 45 parallel guest tutor messages through", async () => {
    const answers = await statuses(
      Array.from({ length: 45 }, () => assertTutorAllowed(db, null, "192.0.2.77", new Date())),
    );
    expect(count(answers, 0)).toBe(TUTOR_GUEST_LIMIT.max);
    expect(count(answers, 429)).toBe(45 - TUTOR_GUEST_LIMIT.max);
  });

  it("throttles guest creation per address, and not other addresses", async () => {
    const { max } = CREATION_LIMITS.guest;
    const answers = await statuses(
      Array.from({ length: max + 10 }, () => startGuest(ctx("192.0.2.88"))),
    );
    expect(count(answers, 0)).toBe(max);
    expect(count(answers, 429)).toBe(10);
    await expect(startGuest(ctx("192.0.2.89"))).resolves.toBeTruthy();
  });

  it("limits sign-ups per address, whether the email is new or taken", async () => {
    const { max, windowMinutes } = CREATION_LIMITS["sign-up"];
    const address = "192.0.2.99";
    const attempt = (i: number) =>
      signUp(
        ctx(address),
        SignUpInput.parse({
          name: `Probe ${i}`,
          // Every other one is taken: a refusal costs a try like a success does.
          email: i % 2 === 0 ? "raced@example.com" : `probe${i}@example.com`,
          password: "probe password 1",
        }),
      );
    // Ten at a time: a hundred sign-up transactions at once would queue past Prisma's wait.
    const answers: number[] = [];
    for (let from = 0; from < max + 5; from += 10) {
      const batch = Array.from({ length: Math.min(10, max + 5 - from) }, (_, i) => from + i);
      answers.push(...(await statuses(batch.map(attempt))));
    }
    expect(count(answers, 0) + count(answers, 409)).toBe(max);
    expect(count(answers, 409)).toBeGreaterThan(0);
    const refused = await attempt(1001).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);
    expect((refused as AppError).message).toContain(
      `Too many sign-ups from this network address: the limit is ${max} every ${windowMinutes} minutes`,
    );
  });

  it("deletes rate-limit rows older than every window", async () => {
    const now = new Date(Date.now() + 24 * 3_600_000);
    const old = new Date(now.getTime() - (RATE_LIMIT_RETENTION_MINUTES + 1) * 60_000);
    const recent = new Date(now.getTime() - 60_000);
    await db.rateLimitEvent.createMany({
      data: [
        { key: "tutor:address:old", createdAt: old },
        { key: "tutor:address:recent", createdAt: recent },
      ],
    });
    await db.signInAttempt.create({
      data: { key: "address:old", succeeded: false, createdAt: old },
    });
    await pruneRateLimits(db, now);
    expect(await db.rateLimitEvent.count({ where: { key: "tutor:address:old" } })).toBe(0);
    expect(await db.signInAttempt.count({ where: { key: "address:old" } })).toBe(0);
    expect(await db.rateLimitEvent.count({ where: { key: "tutor:address:recent" } })).toBe(1);
  });
});
