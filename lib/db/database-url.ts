/**
 * Where each Prisma client points, so a program (lib/db/sql) can run on the same database by
 * the fastest path: SQLite directly through better-sqlite3, PostgreSQL through the client
 * itself. Kept on the client, so the client is all a caller passes.
 */
const URL_KEY = Symbol.for("gradient-tutor.databaseUrl");

export function rememberDatabaseUrl(client: object, databaseUrl: string): void {
  Object.defineProperty(client, URL_KEY, { value: databaseUrl, enumerable: false });
}

export function databaseUrlOf(client: object): string | undefined {
  return (client as { [URL_KEY]?: string })[URL_KEY];
}
