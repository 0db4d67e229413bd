import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { applyMigrations, MigrationError, sqlitePathFromUrl } from "@/lib/db/migrate";
import { describeBothProviders, freshSqliteUrl, removeSqliteFiles } from "@/tests/support/postgres";
import {
  addMigration,
  BROKEN_MIGRATION,
  INIT,
  realMigrations,
  migrationsCopy,
  REAL_MIGRATIONS,
  removeMigrationCopies,
} from "./support/fixtures";
import { introspect, migrationRows, queryRows, snapshot } from "./support/query";

const run = promisify(execFile);
afterAll(() => {
  removeMigrationCopies();
  removeSqliteFiles();
});

async function refusal(promise: Promise<unknown>): Promise<MigrationError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

await describeBothProviders("applyMigrations", ({ provider, freshDatabaseUrl }) => {
  const all = realMigrations(provider);
  const checksumOf = (name: string) =>
    createHash("sha256")
      .update(readFileSync(path.join(REAL_MIGRATIONS, provider, name, "migration.sql")))
      .digest("hex");

  it("applies every migration to an empty database and records it as Prisma does", async () => {
    const databaseUrl = freshDatabaseUrl();
    const result = await applyMigrations({ databaseUrl });

    expect(all[0]).toBe(INIT);
    expect(result).toEqual({ provider, applied: all, alreadyApplied: [] });
    expect(Object.keys(await introspect(databaseUrl))).toEqual(
      expect.arrayContaining(["_prisma_migrations", "users", "answers", "tutor_messages"]),
    );
    const rows = await migrationRows(databaseUrl);
    expect(rows.map((row) => row.migration_name)).toEqual(all);
    for (const row of rows) {
      expect(row).toMatchObject({
        checksum: checksumOf(String(row.migration_name)),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("does nothing when applied again", async () => {
    const databaseUrl = freshDatabaseUrl();
    await applyMigrations({ databaseUrl });
    const before = await snapshot(databaseUrl);

    const lines: string[] = [];
    const again = await applyMigrations({ databaseUrl, log: (line) => lines.push(line) });

    expect(again).toEqual({ provider, applied: [], alreadyApplied: all });
    expect(await snapshot(databaseUrl)).toEqual(before);
    expect(lines.join("\n")).toContain("no pending migrations");
  });

  it("refuses a migration changed after it was applied, and applies nothing after it", async () => {
    const databaseUrl = freshDatabaseUrl();
    const root = migrationsCopy(provider);
    await applyMigrations({ databaseUrl, migrationsRoot: root });
    appendFileSync(path.join(root, provider, INIT, "migration.sql"), "\n-- edited afterwards\n");
    addMigration(root, provider, "20261127000000_next", 'CREATE TABLE "next_probe" ("id" TEXT);');

    const error = await refusal(applyMigrations({ databaseUrl, migrationsRoot: root }));

    expect(error.code).toBe("CHECKSUM_MISMATCH");
    expect(error.message).toMatch(
      new RegExp(`Migration ${INIT} was modified after it was applied`),
    );
    expect(error.message).toContain(path.join(root, provider, INIT, "migration.sql"));
    expect(await introspect(databaseUrl)).not.toHaveProperty("next_probe");
  });

  it("rolls a failing migration back completely and names the file and the error", async () => {
    const databaseUrl = freshDatabaseUrl();
    await applyMigrations({ databaseUrl });
    await queryRows(
      databaseUrl,
      `INSERT INTO users (id, "updatedAt") VALUES ('u1', CURRENT_TIMESTAMP)`,
    );
    const before = await snapshot(databaseUrl);
    const root = migrationsCopy(provider, { "20261127000000_broken": BROKEN_MIGRATION });

    const error = await refusal(applyMigrations({ databaseUrl, migrationsRoot: root }));

    expect(error.code).toBe("MIGRATION_FAILED");
    expect(error.migrationName).toBe("20261127000000_broken");
    expect(error.message).toContain(
      path.join(root, provider, "20261127000000_broken", "migration.sql"),
    );
    expect(error.message).toMatch(/syntax error/i);
    expect(await snapshot(databaseUrl)).toEqual(before);
    expect(await queryRows(databaseUrl, "SELECT id FROM users")).toEqual([{ id: "u1" }]);
  });

  it("refuses to run past a migration a previous run left unfinished", async () => {
    const databaseUrl = freshDatabaseUrl();
    const root = migrationsCopy(provider, {
      "20261127000000_next": 'CREATE TABLE "next_probe" ("id" TEXT);',
    });
    await applyMigrations({ databaseUrl });
    await queryRows(
      databaseUrl,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('f1', 'x', '20261127000000_next')`,
    );

    const error = await refusal(applyMigrations({ databaseUrl, migrationsRoot: root }));

    expect(error.code).toBe("FAILED_EARLIER");
    expect(error.message).toContain("20261127000000_next started earlier but never finished");
    expect(await introspect(databaseUrl)).not.toHaveProperty("next_probe");
  });

  it("applies once when two runners start at the same time in one process", async () => {
    const databaseUrl = freshDatabaseUrl();
    const results = await Promise.all([
      applyMigrations({ databaseUrl }),
      applyMigrations({ databaseUrl }),
    ]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(all);
    expect(results.flatMap((result) => result.alreadyApplied).sort()).toEqual(all);
    expect(await migrationRows(databaseUrl)).toHaveLength(all.length);
  });

  it("applies once when two `npm run db:migrate` processes start at the same time", async () => {
    const databaseUrl = freshDatabaseUrl();
    const cli = () =>
      run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
    const outputs = await Promise.all([cli(), cli()]);

    const printed = outputs.map((output) => output.stdout).join("\n");
    for (const name of all) {
      expect(printed.match(new RegExp(`${name}: applied in`, "g"))).toHaveLength(1);
    }
    expect(await migrationRows(databaseUrl)).toHaveLength(all.length);
  });
});

describe("applyMigrations on SQLite", () => {
  it("leaves the database in WAL mode, so readers do not block the writer", async () => {
    const databaseUrl = freshSqliteUrl();
    await applyMigrations({ databaseUrl });
    expect(await queryRows(databaseUrl, "PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });

  // The switch to WAL upgrades a read lock to a write lock, where SQLite skips the busy handler:
  // two runners on a new file (or a runner beside a writer) used to fail at once, "database is locked".
  it("waits for a writer that holds a rollback-journal database, then switches it to WAL", async () => {
    const databaseUrl = freshSqliteUrl();
    const writer = new Database(sqlitePathFromUrl(databaseUrl));
    writer.exec("CREATE TABLE held (n INTEGER)");
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("INSERT INTO held VALUES (1)");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        writer.exec("COMMIT");
        writer.close();
        resolve();
      }, 150),
    );

    const result = await applyMigrations({ databaseUrl });
    await released;
    expect(result.applied).toEqual(realMigrations("sqlite"));
    expect(await queryRows(databaseUrl, "PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await queryRows(databaseUrl, "SELECT n FROM held")).toEqual([{ n: 1 }]);
  });
});

describe("applyMigrations refusals before connecting", () => {
  it("rejects an unknown URL scheme", async () => {
    const error = await refusal(applyMigrations({ databaseUrl: "mysql://localhost/x" }));
    expect(error.code).toBe("BAD_URL");
  });

  it("rejects migrations written for the other provider", async () => {
    const root = migrationsCopy("postgresql");
    cpSync(path.join(root, "postgresql"), path.join(root, "sqlite"), { recursive: true });
    const error = await refusal(
      applyMigrations({ databaseUrl: "file::memory:", migrationsRoot: root }),
    );
    expect(error.code).toBe("PROVIDER_MISMATCH");
  });
});
