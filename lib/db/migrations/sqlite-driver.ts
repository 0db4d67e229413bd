import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { retryWhileBusy } from "../sqlite-busy";
import { migrationFailed } from "./failure";
import type { MigrationDriver, MigrationFile, MigrationRecord } from "./types";

/** How long a connection waits for another writer (an app instance, a second runner) to finish. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

// Prisma's own DDL for SQLite, byte for byte, so the table is the one `prisma migrate` expects.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const RECORD_COLUMNS = `migration_name AS migrationName, checksum, finished_at AS finishedAt,
  rolled_back_at AS rolledBackAt`;

const SELECT_RECORDS = `SELECT ${RECORD_COLUMNS} FROM "_prisma_migrations" ORDER BY started_at`;

const SELECT_FINISHED = `SELECT ${RECORD_COLUMNS} FROM "_prisma_migrations"
  WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`;

const INSERT_RECORD = `INSERT INTO "_prisma_migrations"
  (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
  VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`;

/**
 * The text form Prisma's schema engine wrote through the better-sqlite3 adapter
 * ("2026-11-26T13:46:04.696+00:00"): readable by Prisma's native engine (RFC 3339) too.
 */
function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export async function openSqliteDriver(file: string): Promise<MigrationDriver> {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    await switchToWal(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // better-sqlite3 turns foreign keys on, and the pragma is a no-op inside a transaction. With
  // it on, the DROP TABLE in Prisma's "redefine table" migrations would cascade-delete child rows.
  // Integrity is checked with foreign_key_check before each COMMIT instead.
  db.pragma("foreign_keys = OFF");

  return {
    provider: "sqlite",
    // BEGIN IMMEDIATE in applyOne takes SQLite's write lock per migration; there is no other lock.
    withLock: (fn) => fn(),
    ensureMigrationsTable: () => {
      db.exec(CREATE_MIGRATIONS_TABLE);
      return Promise.resolve();
    },
    readRecords: () => Promise.resolve(db.prepare(SELECT_RECORDS).all() as MigrationRecord[]),
    applyOne: (migration) => Promise.resolve(applyOne(db, migration)),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/**
 * Switching a rollback-journal database to WAL reads its header and then upgrades to a write
 * lock. SQLite never calls the busy handler for that upgrade (waiting there could deadlock), so
 * when two runners open a new file at once, or an app holds a write, the pragma fails at once
 * with SQLITE_BUSY whatever busy_timeout says. The retry here is the wait SQLite will not do.
 */
async function switchToWal(db: Database.Database): Promise<void> {
  await retryWhileBusy(() => db.pragma("journal_mode = WAL"), {
    forMs: SQLITE_BUSY_TIMEOUT_MS,
    firstPauseMs: 5,
    maxPauseMs: 200,
  });
}

function applyOne(db: Database.Database, migration: MigrationFile): MigrationRecord | null {
  // IMMEDIATE takes the write lock now, so a second runner waits here (busy_timeout) and then
  // sees this runner's row instead of applying the migration again.
  db.exec("BEGIN IMMEDIATE");
  try {
    const concurrent = db.prepare(SELECT_FINISHED).get(migration.name) as
      MigrationRecord | undefined;
    if (concurrent) {
      db.exec("ROLLBACK");
      return concurrent;
    }
    const startedAt = new Date();
    db.exec(migration.sql);
    const violations = db.pragma("foreign_key_check") as unknown[];
    if (violations.length > 0) {
      throw new Error(`FOREIGN KEY constraint failed: ${JSON.stringify(violations.slice(0, 3))}`);
    }
    db.prepare(INSERT_RECORD).run(
      randomUUID(),
      migration.checksum,
      sqliteTimestamp(new Date()),
      migration.name,
      sqliteTimestamp(startedAt),
    );
    db.exec("COMMIT");
    return null;
  } catch (error) {
    // Most errors leave the transaction open; a few (SQLITE_FULL, IOERR) have already rolled back.
    if (db.inTransaction) db.exec("ROLLBACK");
    throw migrationFailed(migration, error);
  }
}
