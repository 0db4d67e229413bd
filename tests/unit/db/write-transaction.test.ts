// Two app processes on one SQLite file: a deferred transaction that read before the other
// committed cannot write (SQLITE_BUSY_SNAPSHOT). Two clients on one file stand for the two
// processes here: each has its own connection and its own transaction lock.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db, type DbTx } from "@/lib/db/prisma";
import { writeTransaction } from "@/lib/db/transaction";
import { isWriteConflict } from "@/lib/db/transient";

describe("writeTransaction on SQLite shared by two processes", () => {
  let first: Db;
  let second: Db;
  let userId: string;

  beforeAll(async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "gt-conflict-")), "app.db")}`;
    await applyMigrations({ databaseUrl: url });
    first = createPrisma(url);
    second = createPrisma(url);
    userId = (await first.user.create({ data: { name: "0", email: "c@example.com" } })).id;
  });
  afterAll(async () => {
    await first.$disconnect();
    await second.$disconnect();
  });

  /** Read, yield to the other process, then write what was read plus one. */
  const increment = async (tx: DbTx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    await new Promise((resolve) => setTimeout(resolve, 1));
    await tx.user.update({ where: { id: userId }, data: { name: String(Number(user.name) + 1) } });
  };

  it("without a retry, interleaved read-then-write transactions conflict", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second).$transaction(increment)),
    );
    const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every(isWriteConflict)).toBe(true);
  });

  it("with writeTransaction every one of them commits, and none is lost", async () => {
    const before = Number((await first.user.findUniqueOrThrow({ where: { id: userId } })).name);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writeTransaction(i % 2 ? first : second, increment)),
    );
    const after = Number((await first.user.findUniqueOrThrow({ where: { id: userId } })).name);
    expect(after).toBe(before + 20);
  });
});
