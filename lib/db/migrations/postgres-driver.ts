import { randomUUID } from "node:crypto";
import pg from "pg";
import { MigrationError } from "./errors";
import { lineAt, migrationFailed } from "./failure";
import { redact } from "./url";
import type { MigrationDriver, MigrationFile, MigrationRecord } from "./types";

/** The advisory lock key `prisma migrate` takes, so this runner and the Prisma CLI exclude each other. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for PostgreSQL (from its schema engine), so `prisma migrate status` reads it.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

const RECORD_COLUMNS = `migration_name AS "migrationName", checksum, finished_at AS "finishedAt",
  rolled_back_at AS "rolledBackAt"`;

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function openPostgresDriver(
  connectionString: string,
  schema: string | null,
): Promise<MigrationDriver> {
  const client = new pg.Client({ connectionString });
  await client.connect().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to PostgreSQL at ${redact(connectionString)}: ${reason}`, {
      cause: error,
    });
  });
  // Prisma's default schema is "public", not whatever the role's search_path starts with.
  await client.query(`SET search_path TO ${quoteIdent(schema ?? "public")}`);

  return {
    provider: "postgresql",
    withLock: async (fn) => {
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      }
    },
    ensureMigrationsTable: async () => {
      // Under the lock: two concurrent CREATE ... IF NOT EXISTS can still collide in PostgreSQL.
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(CREATE_MIGRATIONS_TABLE);
    },
    readRecords: async () => {
      const result = await client.query<MigrationRecord>(
        `SELECT ${RECORD_COLUMNS} FROM _prisma_migrations ORDER BY started_at`,
      );
      return result.rows;
    },
    applyOne: (migration) => applyOne(client, migration),
    close: () => client.end(),
  };
}

async function applyOne(
  client: pg.Client,
  migration: MigrationFile,
): Promise<MigrationRecord | null> {
  // DDL is transactional in PostgreSQL: a failing statement takes the whole file back with it.
  await client.query("BEGIN");
  try {
    const concurrent = await client.query<MigrationRecord>(
      `SELECT ${RECORD_COLUMNS} FROM _prisma_migrations
       WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (concurrent.rows[0]) {
      await client.query("ROLLBACK");
      return concurrent.rows[0];
    }
    const startedAt = new Date();
    // No parameters: node-postgres then uses the simple protocol, which runs a multi-statement script.
    await client.query(migration.sql).catch((error: unknown) => {
      throw migrationFailed(migration, error, errorLine(migration.sql, error));
    });
    await client.query(
      `INSERT INTO _prisma_migrations
       (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
    return null;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error instanceof MigrationError ? error : migrationFailed(migration, error);
  }
}

function errorLine(sql: string, error: unknown): number | undefined {
  const position = error instanceof pg.DatabaseError ? Number(error.position) : NaN;
  return Number.isFinite(position) ? lineAt(sql, position) : undefined;
}
