// Two app instances on one SQLite file (bench:load with two instances): a sign-up's transaction
// reads (is the email taken?) and then writes. If the other instance commits in between, the
// write meets SQLITE_BUSY_SNAPSHOT, which only running the transaction again can cure; sign-up
// used to answer 503 then. Two clients on one file stand for the two instances, and the
// other's write is made to land exactly between the read and the write.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignUpInput } from "@/lib/auth/schemas";
import { findSessionUser } from "@/lib/auth/sessions";
import { signUp, type AuthContext } from "@/lib/auth/service";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { isWriteConflict } from "@/lib/db/transient";

const SECRET = "x".repeat(8) + "test-secret-with-enough-variety-0123456789";

describe("sign-up with two instances on one SQLite file", () => {
  let first: Db;
  let other: Db;
  /** Writes left to commit on the other instance, one before each of first's user inserts. */
  let interruptions = 0;
  let interrupted = 0;

  beforeAll(async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "gt-sign-up-")), "app.db")}`;
    await applyMigrations({ databaseUrl: url });
    other = createPrisma(url);
    const plain = createPrisma(url);
    // first's user inserts wait for the other instance to commit a write of its own.
    first = plain.$extends({
      query: {
        user: {
          async create({ args, query }) {
            if (interruptions > 0) {
              interruptions -= 1;
              interrupted += 1;
              await other.user.create({
                data: { name: "Other", email: `other-${interrupted}@x.test` },
              });
            }
            return query(args);
          },
        },
      },
    }) as unknown as Db;
  });
  afterAll(async () => {
    await first.$disconnect();
    await other.$disconnect();
  });

  const ctx = (): AuthContext => ({
    db: first,
    secret: SECRET,
    currentUser: null,
    currentToken: null,
    address: "203.0.113.9",
  });
  const account = (n: number) =>
    SignUpInput.parse({
      name: `Learner ${n}`,
      email: `learner-${n}@example.com`,
      password: "correct horse battery",
      role: "learner",
    });

  it("a plain transaction that reads, then writes after the other's commit, conflicts", async () => {
    interruptions = 1;
    const error: unknown = await first
      .$transaction(async (tx) => {
        await tx.user.findUnique({ where: { email: "nobody@example.com" } });
        await tx.user.create({ data: { name: "Plain", email: "plain@example.com" } });
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isWriteConflict(error)).toBe(true);
    expect(await first.user.count({ where: { email: "plain@example.com" } })).toBe(0);
  });

  it("signs up anyway: the conflicting transaction runs again, and stores one account", async () => {
    interruptions = 2;
    const before = interrupted;
    const signedIn = await signUp(ctx(), account(1));
    // The first run and its rerun were both interrupted; the third committed.
    expect(interrupted - before).toBe(2);
    expect(await first.user.count({ where: { email: "learner-1@example.com" } })).toBe(1);
    expect(await findSessionUser(first, signedIn.token, SECRET)).toMatchObject({
      email: "learner-1@example.com",
    });
    expect(await other.session.count()).toBe(1);
  });
});
