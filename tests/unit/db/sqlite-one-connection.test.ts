// On SQLite, Prisma's queries and the programs (lib/db/sql) share one connection per client, so
// in one process nobody waits for SQLite's write lock; a Prisma transaction left open across
// awaits is waited for, never joined.
import { readdirSync, readlinkSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { sqlitePathFromUrl } from "@/lib/db/migrations/url";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { closeProgramConnection, runProgram, sql, type Program } from "@/lib/db/sql";
import { freshSqliteUrl, removeSqliteFiles } from "@/tests/support/postgres";

/** How many descriptors this process has open on the file: one per SQLite connection. */
function openDescriptors(file: string): number {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // closed while listing
    }
  }).length;
}

function* addUser(email: string): Program<void> {
  const now = new Date();
  yield sql`INSERT INTO users (id, email, name, role, "isGuest", "createdAt", "updatedAt")
    VALUES (${email}, ${email}, 'P', 'learner', ${false}, ${now}, ${now})`;
}

describe("SQLite: Prisma and the programs on one connection", () => {
  let db: Db;
  let file: string;
  beforeAll(async () => {
    const url = freshSqliteUrl();
    await applyMigrations({ databaseUrl: url });
    file = sqlitePathFromUrl(url);
    db = createPrisma(url);
  });
  afterAll(async () => {
    await closeProgramConnection(db);
    await db.$disconnect();
    removeSqliteFiles();
  });

  it("opens the database file once for both", async () => {
    await db.user.create({ data: { email: "prisma@example.com" } });
    await runProgram(db, () => addUser("program@example.com"), { write: true });
    expect(openDescriptors(file)).toBe(1);
  });

  it("runs Prisma writes, Prisma transactions and program writes of one tick all through", async () => {
    const writes = Array.from({ length: 10 }, (_, i) => [
      db.user.create({ data: { email: `tick-prisma-${i}@example.com` } }),
      runProgram(db, () => addUser(`tick-program-${i}@example.com`), { write: true }),
      db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email: `tick-tx-${i}@example.com` } });
        await tx.user.update({ where: { id: user.id }, data: { name: "in a transaction" } });
      }),
    ]).flat();
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.user.count({ where: { email: { startsWith: "tick-" } } })).toBe(30);
    expect(await db.user.count({ where: { name: "in a transaction" } })).toBe(10);
  });

  it("waits for an open Prisma transaction instead of joining it", async () => {
    let endTransaction = () => {};
    const held = new Promise<void>((resolve) => (endTransaction = resolve));
    let created = () => {};
    const inside = new Promise<void>((resolve) => (created = resolve));
    const transaction = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: "rolled-back@example.com" } });
        created();
        await held;
        throw new Error("the transaction fails and rolls back");
      })
      .catch((error: unknown) => error);
    await inside;
    // Both arrive while the transaction is open; had they run on it, its rollback would undo them.
    const program = runProgram(db, () => addUser("after-program@example.com"), { write: true });
    const plain = db.user.create({ data: { email: "after-prisma@example.com" } });
    // Given time to run, neither does while the transaction is open (however fast the machine).
    const pause = new Promise((resolve) => setTimeout(() => resolve("still waiting"), 100));
    expect(await Promise.race([program.then(() => "ran"), pause])).toBe("still waiting");
    expect(await Promise.race([plain.then(() => "ran"), pause])).toBe("still waiting");
    endTransaction();
    expect(await transaction).toMatchObject({ message: "the transaction fails and rolls back" });
    await Promise.all([program, plain]);
    const emails = (await db.user.findMany({ where: { email: { contains: "-" } } })).map(
      (u) => u.email,
    );
    expect(emails).toContain("after-program@example.com");
    expect(emails).toContain("after-prisma@example.com");
    expect(emails).not.toContain("rolled-back@example.com");
  });
});
