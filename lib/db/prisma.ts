import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/generated/sqlite/client";
import { isSqliteUrl, providerOfUrl, type Provider } from "./provider";
import { rememberDatabaseUrl } from "./database-url";
import { postgresConnection } from "./postgres-url";

/**
 * Both clients are generated from the same models (prisma/schema.prisma and its PostgreSQL
 * copy), so their query API is identical; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;
/** The client inside an interactive transaction. */
export type DbTx = Prisma.TransactionClient;
/** Either; for functions that work inside or outside a transaction. */
export type DbLike = Db | DbTx;

/** How long a SQLite writer waits for another writer's lock before failing (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Creates a Prisma client for a `file:` (SQLite) or `postgresql://` URL. */
export function createPrisma(databaseUrl: string): Db {
  const client = createClient(databaseUrl);
  rememberDatabaseUrl(client, databaseUrl);
  return client;
}

function createClient(databaseUrl: string): Db {
  if (isSqliteUrl(databaseUrl)) {
    // WAL is set (persistently, in the file) by the migration runner; the timeout is per connection.
    const adapter = new PrismaBetterSqlite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteClient({ adapter });
  }
  const { connectionString, options, schema } = postgresConnection(databaseUrl);
  const adapter = new PrismaPg({ connectionString, options }, { schema });
  return new PostgresClient({ adapter }) as unknown as Db;
}

/** The provider of a URL lib/env.ts has already checked (so it is one of the two). */
export function providerOf(databaseUrl: string): Provider {
  return providerOfUrl(databaseUrl) ?? "postgresql";
}
