import path from "node:path";
import { fileURLToPath } from "node:url";
import { MigrationError } from "./errors";
import { isSqliteUrl, providerOfUrl, type Provider } from "../provider";

export function providerFromUrl(url: string): Provider {
  const provider = providerOfUrl(url);
  if (provider) return provider;
  throw new MigrationError(
    "BAD_URL",
    `Unsupported database URL "${redact(url)}": expected file:… (SQLite) or postgresql://… (PostgreSQL)`,
  );
}

/**
 * The file a `file:` URL names. A relative path is resolved against the process's working
 * directory, which is the repo root for every npm script: the same place prisma.config.ts and
 * the better-sqlite3 adapter resolve it from (Prisma 5 resolved it against the schema folder).
 */
export function sqlitePathFromUrl(url: string): string {
  if (!isSqliteUrl(url)) {
    throw new MigrationError("BAD_URL", `Not a SQLite URL (expected file:…): "${url}"`);
  }
  const withoutQuery = url.split("?")[0] ?? url;
  if (withoutQuery.startsWith("file://")) return fileURLToPath(withoutQuery);
  const location = withoutQuery.slice("file:".length);
  if (location === "") throw new MigrationError("BAD_URL", `SQLite URL names no file: "${url}"`);
  if (location === ":memory:") return location;
  // Resolved at run time against the working directory; the bundler must not trace it.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), location);
}

/**
 * Splits Prisma's `?schema=NAME` off a PostgreSQL URL: node-postgres does not know it, and
 * Prisma uses it to put every table, `_prisma_migrations` included, in that schema.
 */
export function postgresTarget(url: string): { connectionString: string; schema: string | null } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new MigrationError("BAD_URL", `Invalid PostgreSQL URL "${redact(url)}"`, undefined, {
      cause,
    });
  }
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema: schema === "" ? null : schema };
}

/** Keeps passwords out of error messages and logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
