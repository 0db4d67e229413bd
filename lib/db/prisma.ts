import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { PrismaClient as SqliteClient, type Prisma } from "@/generated/sqlite/client";
import { isSqliteUrl, providerOfUrl, type Provider } from "./provider";
import { rememberDatabaseUrl } from "./database-url";
import { sqlitePathFromUrl } from "./migrations/url";
import { postgresConnection } from "./postgres-url";
import { SharedSqliteAdapterFactory, SqliteConnection } from "./sqlite-connection";

/**
 * Both clients are generated from the same models (prisma/schema.prisma and its PostgreSQL
 * copy), so their query API is identical; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;
/** The client inside an interactive transaction. */
export type DbTx = Prisma.TransactionClient;
/** Either; for functions that work inside or outside a transaction. */
export type DbLike = Db | DbTx;

/** Creates a Prisma client for a `file:` (SQLite) or `postgresql://` URL. */
export function createPrisma(databaseUrl: string): Db {
  const client = createClient(databaseUrl);
  rememberDatabaseUrl(client, databaseUrl);
  return client;
}

const SQLITE_CONNECTION = Symbol.for("gradient-tutor.sqliteConnection");

/** The SQLite connection a client runs on, which programs share (lib/db/sql). */
export function sqliteConnectionOf(client: Db): SqliteConnection | undefined {
  return (client as { [SQLITE_CONNECTION]?: SqliteConnection })[SQLITE_CONNECTION];
}

function createClient(databaseUrl: string): Db {
  if (isSqliteUrl(databaseUrl)) {
    // One connection for the client and the programs (sqlite-connection.ts); WAL is set,
    // persistently in the file, by the migration runner.
    const connection = new SqliteConnection(sqlitePathFromUrl(databaseUrl));
    const client = new SqliteClient({ adapter: new SharedSqliteAdapterFactory(connection) });
    Object.defineProperty(client, SQLITE_CONNECTION, { value: connection, enumerable: false });
    return client;
  }
  const { connectionString, options, schema } = postgresConnection(databaseUrl);
  const adapter = new PrismaPg({ connectionString, options }, { schema });
  return new PostgresClient({ adapter }) as unknown as Db;
}

/** The provider of a URL lib/env.ts has already checked (so it is one of the two). */
export function providerOf(databaseUrl: string): Provider {
  return providerOfUrl(databaseUrl) ?? "postgresql";
}
