import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureDelayMs, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { SignInInput, SignUpInput } from "@/lib/auth/schemas";
import { signIn, signUp, SIGN_UP_REFUSED, startGuest, type AuthContext } from "@/lib/auth/service";
import { findSessionUser, sessionIdFor } from "@/lib/auth/sessions";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { rejection } from "@/tests/support/rejection";

const SECRET = "x".repeat(8) + "test-secret-with-enough-variety-0123456789";
let db: Db;
let counter = 0;

beforeAll(async () => {
  const databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), "gt-auth-")), "auth.db")}`;
  await applyMigrations({ databaseUrl });
  db = createPrisma(databaseUrl);
});
afterAll(async () => db.$disconnect());

function ctx(overrides: Partial<AuthContext> = {}): AuthContext {
  return {
    db,
    secret: SECRET,
    currentUser: null,
    currentToken: null,
    address: "203.0.113.7",
    ...overrides,
  };
}

function newAccount(role: "learner" | "instructor" = "learner") {
  counter += 1;
  return SignUpInput.parse({
    name: `Learner ${counter}`,
    email: ` Learner${counter}@Example.com `,
    password: "correct horse battery",
    role,
  });
}

describe("sign-up", () => {
  it("normalises the email, hashes with argon2id and opens a session", async () => {
    const input = newAccount();
    expect(input.email).toBe(`learner${counter}@example.com`);
    const signedIn = await signUp(ctx(), input);
    const stored = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain(input.password);
    expect(await findSessionUser(db, signedIn.token, SECRET)).toMatchObject({ email: input.email });
    // Only the HMAC of the token is stored.
    expect(await db.session.count({ where: { id: signedIn.token } })).toBe(0);
    expect(await db.session.count({ where: { id: sessionIdFor(signedIn.token, SECRET) } })).toBe(1);
  });

  it("refuses a second account with the same email, naming the field, and writes nothing", async () => {
    const input = newAccount();
    await signUp(ctx(), input);
    const users = await db.user.count();
    const error = await rejection(signUp(ctx(), { ...input, name: "Someone else" }));
    expect(error.status).toBe(409);
    expect(error.fields.email).toBe(SIGN_UP_REFUSED);
    expect(await db.user.count()).toBe(users);
  });

  it("turns the guest into the account, keeping the guest's progress on the same row", async () => {
    const guest = await startGuest(ctx());
    if (!guest) throw new Error("no guest");
    await db.quizAttempt.create({
      data: { userId: guest.user.id, lessonId: "what-problem-lstm-solves" },
    });
    const signedIn = await signUp(ctx({ currentUser: guest.user }), newAccount());
    expect(signedIn.user.id).toBe(guest.user.id);
    expect(signedIn.user.isGuest).toBe(false);
    expect(await db.quizAttempt.count({ where: { userId: signedIn.user.id } })).toBe(1);
    // The guest's session is replaced, not reused.
    expect(await findSessionUser(db, guest.token, SECRET)).toBeNull();
    expect(await findSessionUser(db, signedIn.token, SECRET)).toMatchObject({ isGuest: false });
  });

  it("rejects malformed input with a message per field", () => {
    const result = SignUpInput.safeParse({
      name: "",
      email: "x",
      password: "short",
      role: "admin",
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "password", "role"]));
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one with 401", async () => {
    const input = newAccount("instructor");
    await signUp(ctx(), input);
    const ok = await signIn(ctx(), SignInInput.parse(input));
    expect(ok.user.role).toBe("instructor");
    const error = await rejection(
      signIn(ctx(), { email: input.email, password: "wrong password" }),
    );
    expect(error.status).toBe(401);
  });

  it("an unknown email gets the same answer as a wrong password", async () => {
    const error = await rejection(
      signIn(ctx(), { email: "nobody@example.com", password: "whatever1" }),
    );
    expect(error.status).toBe(401);
    expect(error.message).toBe("That email and password do not match an account.");
  });

  it("stops one address guessing one account, naming the limit and the wait", async () => {
    const input = newAccount();
    await signUp(ctx(), input);
    const address = "198.51.100.7";
    const { max, windowMinutes } = SIGN_IN_LIMITS.pair;
    for (let i = 0; i < max; i += 1) {
      const error = await rejection(
        signIn(ctx({ address }), { email: input.email, password: `wrong-${i}` }),
      );
      expect(error.status).toBe(401);
    }
    // Even the right password waits now, from this address.
    const limited = await rejection(signIn(ctx({ address }), SignInInput.parse(input)));
    expect(limited.status).toBe(429);
    expect(limited.message).toContain(
      `this account from this network address: the limit is ${max} every ${windowMinutes} minutes`,
    );
    expect(limited.message).toMatch(/Try again in 1[45] minutes/);
    expect(limited.retryAfterSeconds).toBeGreaterThan(13 * 60);
  });

  it("lets the owner in from a new address while several addresses guess", async () => {
    const input = newAccount();
    await signUp(ctx(), input);
    // Five addresses, each to its own limit: the hard per-account lock this replaces gave up
    // after five failures in all.
    await Promise.all(
      [1, 2, 3, 4, 5].map(async (a) => {
        for (let i = 0; i < SIGN_IN_LIMITS.pair.max + 1; i += 1) {
          await rejection(
            signIn(ctx({ address: `198.51.101.${a}` }), { email: input.email, password: `x${i}` }),
          );
        }
      }),
    );
    await expect(
      signIn(ctx({ address: "198.51.101.200" }), SignInInput.parse(input)),
    ).resolves.toBeTruthy();
  });

  it("refuses everyone past the account's ceiling, which takes many addresses", async () => {
    const input = newAccount();
    await signUp(ctx(), input);
    const { max } = SIGN_IN_LIMITS.account;
    await Promise.all(
      Array.from({ length: max }, (_, i) =>
        rejection(
          signIn(ctx({ address: `198.51.102.${i}` }), { email: input.email, password: "guess" }),
        ),
      ),
    );
    const limited = await rejection(
      signIn(ctx({ address: "198.51.102.250" }), SignInInput.parse(input)),
    );
    expect(limited.status).toBe(429);
    expect(limited.message).toContain(`this account: the limit is ${max} every 15 minutes`);
  });

  it("makes each further wrong password from one address wait longer for its answer", () => {
    const delays = [1, 2, 3, 4, 5, 6].map(failureDelayMs);
    expect(delays).toEqual([0, 250, 500, 1000, 2000, 2000]);
  });

  it("limits one address trying many accounts", async () => {
    const address = "192.0.2.44";
    const { max } = SIGN_IN_LIMITS.address;
    for (let i = 0; i < max; i += 1) {
      await rejection(
        signIn(ctx({ address }), { email: `spray${i}@example.com`, password: "guess-123" }),
      );
    }
    const input = newAccount();
    await signUp(ctx(), input);
    const limited = await rejection(signIn(ctx({ address }), SignInInput.parse(input)));
    expect(limited.status).toBe(429);
    expect(limited.message).toContain("this network address");
    // The same account from another address is fine.
    await expect(
      signIn(ctx({ address: "192.0.2.45" }), SignInInput.parse(input)),
    ).resolves.toBeTruthy();
  });

  it("a success clears this address's earlier failures on the account", async () => {
    const input = newAccount();
    await signUp(ctx(), input);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max - 1; i += 1) {
      await rejection(signIn(ctx(), { email: input.email, password: `wrong-${i}` }));
    }
    await signIn(ctx(), SignInInput.parse(input));
    await rejection(signIn(ctx(), { email: input.email, password: "wrong-again" }));
    await expect(signIn(ctx(), SignInInput.parse(input))).resolves.toBeTruthy();
  });
});

describe("sessions", () => {
  it("an expired session is no session", async () => {
    const signedIn = await signUp(ctx(), newAccount());
    const later = new Date(signedIn.expiresAt.getTime() + 1000);
    expect(await findSessionUser(db, signedIn.token, SECRET, later)).toBeNull();
  });

  it("a token is worthless under another secret", async () => {
    const signedIn = await signUp(ctx(), newAccount());
    expect(await findSessionUser(db, signedIn.token, SECRET.replace("x", "y"))).toBeNull();
  });
});
