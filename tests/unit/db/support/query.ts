import Database from "better-sqlite3";
import pg from "pg";
import { sqlitePathFromUrl } from "@/lib/db/migrate";
import { isSqliteUrl } from "@/lib/db/provider";
import { introspectPostgres } from "./introspect-postgres";
import { introspectSqlite } from "./introspect-sqlite";
import type { SchemaShape } from "./schema-shape";

/** Runs one portable statement (no parameters) against a test database URL and returns its rows. */
export async function queryRows<T>(databaseUrl: string, sql: string): Promise<T[]> {
  if (isSqliteUrl(databaseUrl)) {
    const db = new Database(sqlitePathFromUrl(databaseUrl));
    try {
      const statement = db.prepare(sql);
      return statement.reader ? (statement.all() as T[]) : (statement.run(), []);
    } finally {
      db.close();
    }
  }
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export function introspect(databaseUrl: string): Promise<SchemaShape> {
  return isSqliteUrl(databaseUrl)
    ? Promise.resolve(introspectSqlite(databaseUrl))
    : introspectPostgres(databaseUrl);
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  logs: string | null;
  rolled_back_at: unknown;
  started_at: unknown;
  applied_steps_count: number;
}

export function migrationRows(databaseUrl: string): Promise<MigrationRow[]> {
  return queryRows<MigrationRow>(
    databaseUrl,
    "SELECT * FROM _prisma_migrations ORDER BY migration_name",
  );
}

/** Everything a migration could change that the tests look at: tables, indexes, keys, bookkeeping. */
export async function snapshot(
  databaseUrl: string,
): Promise<{ schema: SchemaShape; migrations: MigrationRow[] }> {
  return { schema: await introspect(databaseUrl), migrations: await migrationRows(databaseUrl) };
}
