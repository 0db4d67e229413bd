// No "server-only": lib/env.ts, the migration scripts and the tests use this too.

/** The two databases the app runs on; the URL says which (`DATABASE_URL`). */
export type Provider = "sqlite" | "postgresql";

/** `file:…` is SQLite, `postgresql://…` or `postgres://…` PostgreSQL; anything else null. */
export function providerOfUrl(url: string): Provider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  return null;
}

export const isSqliteUrl = (url: string): boolean => providerOfUrl(url) === "sqlite";
