// Programs (lib/db/sql): statements are built with bound parameters only, and on SQLite a
// program is one synchronous transaction that rolls back whole and waits out a busy lock.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { closeProgramConnection, runProgram, sql, type Program } from "@/lib/db/sql";
import { describeBothProviders } from "@/tests/support/postgres";

describe("sql", () => {
  it("binds every interpolated value, inlines nested statements and expands lists", () => {
    const name = "x'); DROP TABLE users; --";
    const inner = sql`AND role = ${"learner"}`;
    const statement = sql`SELECT id FROM users WHERE name = ${name} ${inner} AND id IN (${["a", "b"]})`;
    expect(statement.text).toBe(
      "SELECT id FROM users WHERE name = ? AND role = ? AND id IN (?, ?)",
    );
    expect(statement.values).toEqual([name, "learner", "a", "b"]);
  });

  it("refuses an empty list rather than emitting invalid SQL", () => {
    expect(() => sql`SELECT 1 WHERE id IN (${[]})`).toThrow(/empty list/);
  });
});

await describeBothProviders("runProgram", ({ freshDatabaseUrl }) => {
  let db: Db;
  beforeAll(async () => {
    const url = freshDatabaseUrl();
    await applyMigrations({ databaseUrl: url });
    db = createPrisma(url);
  });
  afterAll(async () => {
    closeProgramConnection(db);
    await db.$disconnect();
  });

  function* addUser(email: string, fail: boolean): Program<number> {
    const now = new Date();
    yield sql`INSERT INTO users (id, email, name, role, "isGuest", "createdAt", "updatedAt")
      VALUES (${email}, ${email}, ${"O'Brien"}, 'learner', ${false}, ${now}, ${now})`;
    if (fail) throw new Error("the program failed after its insert");
    const rows = yield sql`SELECT COUNT(*) AS n FROM users WHERE email = ${email}`;
    return Number(rows[0]?.n);
  }

  it("commits a program's writes, readable through Prisma as if Prisma wrote them", async () => {
    expect(await runProgram(db, () => addUser("p1@example.com", false), { write: true })).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email: "p1@example.com" } });
    expect(user).toMatchObject({ name: "O'Brien", isGuest: false, role: "learner" });
    expect(user.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(user.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("rolls the whole program back when it throws", async () => {
    await expect(
      runProgram(db, () => addUser("p2@example.com", true), { write: true }),
    ).rejects.toThrow(/failed after its insert/);
    expect(await db.user.count({ where: { email: "p2@example.com" } })).toBe(0);
  });
});

describe("runProgram on SQLite while another connection holds the write lock", () => {
  it("waits (asynchronously) for the lock instead of failing or blocking", async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "gt-busy-")), "app.db")}`;
    await applyMigrations({ databaseUrl: url });
    const db = createPrisma(url);
    const other = new Database(url.replace(/^file:/, ""));
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      let released = false;
      setTimeout(() => {
        other.prepare("COMMIT").run();
        released = true;
      }, 100);
      const count = await runProgram(
        db,
        function* () {
          const rows = yield sql`SELECT COUNT(*) AS n FROM users`;
          yield sql`UPDATE users SET name = name WHERE id = ${"none"}`;
          return Number(rows[0]?.n);
        },
        { write: true },
      );
      expect(released).toBe(true);
      expect(count).toBe(0);
    } finally {
      other.close();
      closeProgramConnection(db);
      await db.$disconnect();
    }
  });
});
