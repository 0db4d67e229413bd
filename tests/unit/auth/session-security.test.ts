import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieOptions } from "@/lib/auth/cookie";
import { accountKey, PASSWORD_CHANGE_LIMIT } from "@/lib/auth/rate-limit";
import { ChangePasswordForm, ChangePasswordInput, SignUpInput } from "@/lib/auth/schemas";
import {
  changePassword,
  signIn,
  signUp,
  startGuest,
  type AuthContext,
  type SignedIn,
} from "@/lib/auth/service";
import { deleteSession, findSessionUser } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/prisma";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";
import { rejection } from "@/tests/support/rejection";

const SECRET = "session-security-test-secret-0123456789-abcdefghij";
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "staple horse battery 2";
let counter = 0;

await describeBothProviders("session security", ({ freshDatabaseUrl }) => {
  let db: Db;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  /** A request context; each test uses its own address so the per-address limit stays out of it. */
  function ctx(overrides: Partial<AuthContext> = {}): AuthContext {
    return {
      db,
      secret: SECRET,
      currentUser: null,
      currentToken: null,
      address: `198.18.0.${counter}`,
      ...overrides,
    };
  }
  /** The context of a browser holding this session. */
  const as = (signedIn: SignedIn, address?: string) =>
    ctx({ currentUser: signedIn.user, currentToken: signedIn.token, ...(address && { address }) });

  async function newAccount() {
    counter += 1;
    const input = SignUpInput.parse({
      name: `Security ${counter}`,
      email: `security${counter}@example.com`,
      password: PASSWORD,
    });
    return { input, signedIn: await signUp(ctx(), input) };
  }
  const live = async (token: string) => (await findSessionUser(db, token, SECRET)) !== null;

  describe("sign-in", () => {
    it("replaces the browser's guest session with a fresh token", async () => {
      const { input } = await newAccount();
      const guest = await startGuest(ctx());
      if (!guest) throw new Error("no guest");
      const signedIn = await signIn(as(guest), { email: input.email, password: PASSWORD });
      expect(signedIn.token).not.toBe(guest.token);
      expect(await live(guest.token)).toBe(false);
      expect(await findSessionUser(db, signedIn.token, SECRET)).toMatchObject({
        email: input.email,
      });
    });

    it("ends whatever session the browser carried, even another account's", async () => {
      const { input } = await newAccount();
      const other = await newAccount();
      const signedIn = await signIn(as(other.signedIn), { email: input.email, password: PASSWORD });
      expect(await live(other.signedIn.token)).toBe(false);
      expect(await live(signedIn.token)).toBe(true);
    });

    it("leaves the account's sessions on other devices alone", async () => {
      const { input, signedIn: laptop } = await newAccount();
      const phone = await signIn(ctx(), { email: input.email, password: PASSWORD });
      expect(await live(laptop.token)).toBe(true);
      expect(await live(phone.token)).toBe(true);
    });

    it("a failed sign-in keeps the browser's current session", async () => {
      const { input, signedIn } = await newAccount();
      await rejection(signIn(as(signedIn), { email: input.email, password: "wrong password" }));
      expect(await live(signedIn.token)).toBe(true);
    });
  });

  describe("sign-out", () => {
    it("deletes the session, so the old token no longer authenticates", async () => {
      const { signedIn } = await newAccount();
      await deleteSession(db, signedIn.token, SECRET);
      expect(await live(signedIn.token)).toBe(false);
    });
  });

  describe("password change", () => {
    it("ends every session of the account and keeps this browser signed in with a new token", async () => {
      const { input, signedIn: laptop } = await newAccount();
      const phone = await signIn(ctx(), { email: input.email, password: PASSWORD });
      const changed = await changePassword(as(laptop), {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(await live(laptop.token)).toBe(false);
      expect(await live(phone.token)).toBe(false);
      expect(changed.token).not.toBe(laptop.token);
      expect(await findSessionUser(db, changed.token, SECRET)).toMatchObject({
        id: laptop.user.id,
      });
      expect(await db.session.count({ where: { userId: laptop.user.id } })).toBe(1);

      const old = await rejection(signIn(ctx(), { email: input.email, password: PASSWORD }));
      expect(old.status).toBe(401);
      await expect(
        signIn(ctx(), { email: input.email, password: NEW_PASSWORD }),
      ).resolves.toMatchObject({ user: { id: laptop.user.id } });
    });

    it("refuses a wrong current password with 403 naming the field, changing nothing", async () => {
      const { input, signedIn } = await newAccount();
      const error = await rejection(
        changePassword(as(signedIn), {
          currentPassword: "not it at all",
          newPassword: NEW_PASSWORD,
        }),
      );
      expect(error.status).toBe(403);
      expect(error.fields.currentPassword).toBeDefined();
      expect(await live(signedIn.token)).toBe(true);
      await expect(signIn(ctx(), { email: input.email, password: PASSWORD })).resolves.toBeTruthy();
    });

    it("limits wrong current passwords per session without locking the owner out of sign-in", async () => {
      const { input, signedIn } = await newAccount();
      const { max } = PASSWORD_CHANGE_LIMIT;
      for (let i = 0; i < max; i += 1) {
        // A stolen session moving between addresses is still one session.
        const error = await rejection(
          changePassword(as(signedIn, `198.19.${counter}.${i}`), {
            currentPassword: `guess-${i}`,
            newPassword: NEW_PASSWORD,
          }),
        );
        expect(error.status).toBe(403);
      }
      const limited = await rejection(
        changePassword(as(signedIn, "198.19.255.1"), {
          currentPassword: PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      );
      expect(limited.status).toBe(429);
      expect(limited.message).toContain(`this session: the limit is ${max} every 15 minutes`);
      // None of it counts against the account: its owner signs in, and changes the password
      // from the new session.
      expect(
        await db.signInAttempt.count({ where: { key: accountKey(input.email), succeeded: false } }),
      ).toBe(0);
      const owner = await signIn(ctx({ address: "198.19.255.2" }), {
        email: input.email,
        password: PASSWORD,
      });
      await expect(
        changePassword(as(owner, "198.19.255.2"), {
          currentPassword: PASSWORD,
          newPassword: NEW_PASSWORD,
        }),
      ).resolves.toBeTruthy();
    });

    it("gives guests a 403 that says why", async () => {
      const guest = await startGuest(ctx());
      if (!guest) throw new Error("no guest");
      const error = await rejection(
        changePassword(as(guest), { currentPassword: "anything1", newPassword: NEW_PASSWORD }),
      );
      expect(error.status).toBe(403);
      expect(error.message).toMatch(/Guest.*no password/);
    });

    it("answers 401 without a session", async () => {
      const error = await rejection(
        changePassword(ctx(), { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
      );
      expect(error.status).toBe(401);
    });

    it("refuses the same password again with 400 naming newPassword", async () => {
      const { signedIn } = await newAccount();
      const error = await rejection(
        changePassword(as(signedIn), { currentPassword: PASSWORD, newPassword: PASSWORD }),
      );
      expect(error.status).toBe(400);
      expect(error.fields.newPassword).toBeDefined();
      expect(await live(signedIn.token)).toBe(true);
    });
  });
});

describe("password change input", () => {
  const issues = (schema: typeof ChangePasswordInput | typeof ChangePasswordForm, raw: object) =>
    schema.safeParse(raw).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  it.each([
    [{ currentPassword: "", newPassword: NEW_PASSWORD }, "currentPassword: Enter your current"],
    [{ currentPassword: PASSWORD, newPassword: "short" }, "newPassword: Use at least 8"],
    [{ currentPassword: PASSWORD, newPassword: "x".repeat(129) }, "newPassword: Use at most 128"],
    [{ currentPassword: PASSWORD, newPassword: PASSWORD }, "newPassword: Choose a new password"],
  ])("rejects %j", (raw, message) => {
    expect(issues(ChangePasswordInput, raw).join("\n")).toContain(message);
  });

  it("the form also wants the new password typed twice alike", () => {
    const raw = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    expect(issues(ChangePasswordForm, { ...raw, confirmPassword: "something else" })).toEqual([
      "confirmPassword: The two new passwords do not match.",
    ]);
    expect(issues(ChangePasswordForm, { ...raw, confirmPassword: NEW_PASSWORD })).toEqual([]);
  });
});

describe("session cookie", () => {
  const expires = new Date("2030-01-01T00:00:00Z");

  it("is httpOnly, SameSite=Lax and site-wide", () => {
    expect(sessionCookieOptions(expires, { NODE_ENV: "development" })).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      expires,
    });
  });

  it.each([
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "development" }, false],
    [{ NODE_ENV: "test" }, false],
    [{ NODE_ENV: "production", COOKIE_SECURE: "false" }, false],
    [{ NODE_ENV: "development", COOKIE_SECURE: "true" }, true],
  ] as const)("is Secure for %j: %s", (env, secure) => {
    expect(sessionCookieOptions(expires, env).secure).toBe(secure);
  });
});
