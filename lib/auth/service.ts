import type { Db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import { isUniqueViolation } from "@/lib/db/errors";
import { writeTransaction } from "@/lib/db/transaction";
import {
  assertCreationAllowed,
  beginPasswordCheck,
  beginSignInAttempt,
  failureDelayMs,
  pairFailures,
  pairKey,
  passwordChangeKey,
} from "./rate-limit";
import type { ChangePasswordInput, SignInInput, SignUpInput } from "./schemas";
import { createSession, deleteSession, sessionIdFor, type SessionUser } from "./sessions";

/**
 * Account use cases, independent of Next: the route handlers and server actions call these
 * and set the cookie; tests call them against a real database. Their transactions are
 * writeTransactions, as every other write: one that loses a write conflict (two instances on
 * one SQLite file: it read before the other committed) runs again instead of answering 503.
 */

export interface AuthContext {
  db: Db;
  secret: string;
  /** The user of the request's current session, if any. */
  currentUser: SessionUser | null;
  /**
   * The session token the browser sent, if any (live, expired or unknown): signing in replaces
   * it, so a session planted in the browser before sign-in never becomes an account's session.
   */
  currentToken: string | null;
  /** The client's network address, for the per-address sign-in limit. */
  address: string;
}

export interface SignedIn {
  user: SessionUser;
  token: string;
  expiresAt: Date;
}

const userSelect = { id: true, email: true, name: true, role: true, isGuest: true } as const;

function toSessionUser(user: {
  id: string;
  email: string | null;
  name: string | null;
  role: string;
  isGuest: boolean;
}): SessionUser {
  return { ...user, role: user.role === "instructor" ? "instructor" : "learner" };
}

/**
 * What a sign-up with a taken email hears. Emails are not verified here, so no answer can hide
 * that the account could not be created; this one is the same whatever the reason, arrives
 * after the same work as a success (the password is hashed first), and sign-ups per address
 * are limited (CREATION_LIMITS), so trying emails one by one is slow.
 */
export const SIGN_UP_REFUSED =
  "No account could be created with this email. If you already have one, sign in.";

/**
 * Creates an account. A guest who signs up keeps their row, so every answer, attempt and
 * mastery estimate they made as a guest stays theirs without copying anything.
 */
export async function signUp(ctx: AuthContext, input: SignUpInput): Promise<SignedIn> {
  if (ctx.currentUser && !ctx.currentUser.isGuest) {
    throw new AppError(409, "You are already signed in. Sign out first to create another account.");
  }
  await assertCreationAllowed(ctx.db, "sign-up", ctx.address);
  const passwordHash = await hashPassword(input.password);
  const guestId = ctx.currentUser?.isGuest ? ctx.currentUser.id : null;
  try {
    return await writeTransaction(ctx.db, async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw signUpRefused();
      }
      const data = {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        isGuest: false,
      };
      const user = guestId
        ? await tx.user.update({ where: { id: guestId }, data, select: userSelect })
        : await tx.user.create({ data, select: userSelect });
      // A new session id on every privilege change (guest -> account) defeats session fixation.
      await tx.session.deleteMany({ where: { userId: user.id } });
      if (ctx.currentToken) await deleteSession(tx, ctx.currentToken, ctx.secret);
      const session = await createSession(tx, user.id, ctx.secret);
      return { user: toSessionUser(user), ...session };
    });
  } catch (error) {
    // Two sign-ups with one email at once: the second meets the unique index.
    if (isUniqueViolation(error)) throw signUpRefused();
    throw error;
  }
}

function signUpRefused(): AppError {
  return new AppError(409, SIGN_UP_REFUSED, { email: SIGN_UP_REFUSED });
}

export async function signIn(ctx: AuthContext, input: SignInInput): Promise<SignedIn> {
  const attempt = await beginSignInAttempt(ctx.db, input.email, ctx.address);
  const user = await ctx.db.user.findUnique({
    where: { email: input.email },
    select: { ...userSelect, passwordHash: true },
  });
  const valid = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!user || !user.passwordHash || !valid) {
    await sleep(failureDelayMs(await pairFailures(ctx.db, input.email, ctx.address)));
    throw new AppError(401, "That email and password do not match an account.", {
      password: "That email and password do not match an account.",
    });
  }
  return writeTransaction(ctx.db, async (tx) => {
    // This attempt was counted as a failure until now; this address's earlier failures on the
    // account are forgiven. Other addresses' counts run their course.
    await tx.signInAttempt.deleteMany({ where: { id: { in: attempt.ids } } });
    await tx.signInAttempt.deleteMany({
      where: { key: pairKey(input.email, ctx.address), succeeded: false },
    });
    // Session fixation: whatever session the browser held (a guest's, someone else's, one an
    // attacker planted) ends here, and the account gets a token nobody has seen before.
    if (ctx.currentToken) await deleteSession(tx, ctx.currentToken, ctx.secret);
    const session = await createSession(tx, user.id, ctx.secret);
    const { passwordHash: _omitted, ...rest } = user;
    return { user: toSessionUser(rest), ...session };
  });
}

/** A guest account so a visitor can start learning at once; sign-up later keeps its progress. */
export async function startGuest(ctx: AuthContext): Promise<SignedIn | null> {
  if (ctx.currentUser) return null;
  await assertCreationAllowed(ctx.db, "guest", ctx.address);
  return writeTransaction(ctx.db, async (tx) => {
    const user = await tx.user.create({
      data: { isGuest: true, role: "learner", name: "Guest" },
      select: userSelect,
    });
    const session = await createSession(tx, user.id, ctx.secret);
    return { user: toSessionUser(user), ...session };
  });
}

/**
 * Changes the signed-in account's password. The current password is checked first, and wrong
 * ones are limited per session (and count in the address's sign-in limit), so a
 * borrowed session cannot be used to guess it, nor to lock the owner out of signing in. On
 * success every session of the account ends (a thief signed in elsewhere is out) and this
 * browser continues with a fresh one.
 */
export async function changePassword(
  ctx: AuthContext,
  input: ChangePasswordInput,
): Promise<SignedIn> {
  const current = ctx.currentUser;
  if (!current) throw new AppError(401, "Sign in to change your password.");
  const account = await ctx.db.user.findUnique({
    where: { id: current.id },
    select: { ...userSelect, passwordHash: true },
  });
  if (!account?.email || !account.passwordHash || account.isGuest) {
    throw new AppError(
      403,
      "Guest sessions have no password. Create an account to keep your progress and set one.",
    );
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, "Choose a new password that differs from your current one.", {
      newPassword: "Choose a new password that differs from your current one.",
    });
  }
  const sessionId = ctx.currentToken ? sessionIdFor(ctx.currentToken, ctx.secret) : account.id;
  const attempt = await beginPasswordCheck(ctx.db, sessionId, ctx.address);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError(403, "Your current password is not correct.", {
      currentPassword: "This is not your current password.",
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return writeTransaction(ctx.db, async (tx) => {
    // Only if the hash is still the one just verified: of two concurrent changes (the owner and
    // someone holding an old session), the second finds it changed and fails.
    const changed = await tx.user.updateMany({
      where: { id: account.id, passwordHash: account.passwordHash },
      data: { passwordHash },
    });
    if (changed.count !== 1) {
      throw new AppError(409, "Your password was changed meanwhile. Sign in again.", {
        currentPassword: "The password changed meanwhile.",
      });
    }
    await tx.session.deleteMany({ where: { userId: account.id } });
    await tx.signInAttempt.deleteMany({ where: { id: { in: attempt.ids } } });
    await tx.signInAttempt.deleteMany({
      where: { key: passwordChangeKey(sessionId), succeeded: false },
    });
    const session = await createSession(tx, account.id, ctx.secret);
    const { passwordHash: _omitted, ...rest } = account;
    return { user: toSessionUser(rest), ...session };
  });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
