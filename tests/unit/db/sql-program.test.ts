// Programs (lib/db/sql): statements are built with bound parameters only, and on SQLite a
// program runs synchronously in a transaction, rolls back whole, waits out a busy lock, and
// shares its commit with the writes that arrived in the same turn of the event loop.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/db/errors";
import {
  closeProgramConnection,
  date,
  num,
  runProgram,
  sql,
  together,
  type Program,
  type Row,
} from "@/lib/db/sql";
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
    await closeProgramConnection(db);
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

  // PostgreSQL sends a write with the read after it: its error must still end the program.
  it("rolls back whole when a write fails, even one followed by more statements", async () => {
    let ranOn = false;
    const failure = await runProgram(
      db,
      function* () {
        yield* addUser("p3@example.com", false);
        yield sql`INSERT INTO users (id, email, name, role, "isGuest", "createdAt", "updatedAt")
          VALUES (${"p3@example.com"}, ${"p3-again@example.com"}, 'x', 'learner', ${false},
            ${new Date()}, ${new Date()})`;
        const rows = yield sql`SELECT COUNT(*) AS n FROM users`;
        ranOn = true;
        return num(rows[0]?.n);
      },
      { write: true },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isUniqueViolation(failure)).toBe(true);
    expect(ranOn).toBe(false);
    expect(await db.user.count({ where: { email: { startsWith: "p3" } } })).toBe(0);
  });

  it("hands each statement of a `together` step its own rows, in order", async () => {
    await runProgram(db, () => addUser("p4@example.com", false), { write: true });
    const [ids, counts, none] = await runProgram(
      db,
      () =>
        together([
          sql`SELECT id FROM users WHERE email = ${"p4@example.com"}`,
          sql`SELECT COUNT(*) AS n FROM users WHERE email LIKE ${"p4%"}`,
          sql`SELECT id FROM users WHERE email = ${"nobody@example.com"}`,
        ]),
      { write: false },
    );
    expect(ids).toEqual([{ id: "p4@example.com" }]);
    expect(num(counts?.[0]?.n)).toBe(1);
    expect(none).toEqual([]);
  });

  // Timestamps are stored without a time zone, in UTC as Prisma writes them: a program reads
  // and writes the same instant whatever the process's time zone.
  it("writes and reads timestamps as the same instant as Prisma, in any time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const at = new Date("2024-01-02T03:04:05.678Z");
      await runProgram(
        db,
        function* () {
          yield sql`INSERT INTO users (id, email, name, role, "isGuest", "createdAt", "updatedAt")
            VALUES ('p5', 'p5@example.com', 'T', 'learner', ${false}, ${at}, ${at})`;
        },
        { write: true },
      );
      const viaPrisma = await db.user.findUniqueOrThrow({ where: { id: "p5" } });
      expect(viaPrisma.createdAt.toISOString()).toBe(at.toISOString());
      const rows = await runProgram(
        db,
        function* (): Program<Row[]> {
          return yield sql`SELECT "createdAt" FROM users WHERE id = 'p5'`;
        },
        { write: false },
      );
      expect(date(rows[0]?.createdAt).toISOString()).toBe(at.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
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
      await closeProgramConnection(db);
      await db.$disconnect();
    }
  });
});

describe("runProgram on SQLite: writes that arrive together commit together", () => {
  let url: string;
  let db: Db;
  let observer: Database.Database;
  beforeAll(async () => {
    url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "gt-group-")), "app.db")}`;
    await applyMigrations({ databaseUrl: url });
    db = createPrisma(url);
    observer = new Database(url.replace(/^file:/, ""));
  });
  afterAll(async () => {
    observer.close();
    await closeProgramConnection(db);
    await db.$disconnect();
  });

  function* addUser(email: string, fail = false): Program<void> {
    const now = new Date();
    yield sql`INSERT INTO users (id, email, name, role, "isGuest", "createdAt", "updatedAt")
      VALUES (${email}, ${email}, ${"Batch"}, 'learner', ${false}, ${now}, ${now})`;
    if (fail) throw new Error(`${email} failed after its insert`);
  }

  const write = (program: () => Program<unknown>) => runProgram(db, program, { write: true });
  const emails = async (prefix: string) =>
    (
      await db.user.findMany({
        where: { email: { startsWith: prefix } },
        orderBy: { email: "asc" },
      })
    ).map((u) => u.email);

  it("runs them in order, each seeing the ones before, and a failing one rolls back alone", async () => {
    const results = await Promise.allSettled([
      write(() => addUser("g1@example.com")),
      write(() => addUser("g2@example.com", true)),
      write(function* () {
        yield* addUser("g3@example.com");
        const rows = yield sql`SELECT email FROM users WHERE email LIKE 'g%' ORDER BY email`;
        return rows.map((r) => r.email);
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(results[1]).toMatchObject({
      reason: { message: "g2@example.com failed after its insert" },
    });
    expect(results[2]).toMatchObject({ value: ["g1@example.com", "g3@example.com"] });
    expect(await emails("g")).toEqual(["g1@example.com", "g3@example.com"]);
  });

  // Each commit appends its pages to the write-ahead log; one commit for the lot appends them once.
  it("shares one commit (one fsync) among them, where writes one after another commit each", async () => {
    const framesAfter = async (run: () => Promise<unknown>) => {
      observer.pragma("wal_checkpoint(TRUNCATE)");
      await run();
      const [status] = observer.pragma("wal_checkpoint(PASSIVE)") as { log: number }[];
      return status?.log ?? Number.NaN;
    };
    const together = await framesAfter(() =>
      Promise.all(Array.from({ length: 20 }, (_, i) => write(() => addUser(`t${i}@example.com`)))),
    );
    const oneByOne = await framesAfter(async () => {
      for (let i = 0; i < 20; i++) await write(() => addUser(`s${i}@example.com`));
    });
    expect(await db.user.count({ where: { email: { startsWith: "t" } } })).toBe(20);
    expect(oneByOne).toBeGreaterThanOrEqual(20);
    expect(together).toBeLessThan(oneByOne / 4);
  });
});
