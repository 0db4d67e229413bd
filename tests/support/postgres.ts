// Runs database suites once per provider. Each call of `freshDatabaseUrl` gets an empty
// database of its own (a temp SQLite file, or a uniquely named PostgreSQL schema), removed
// after the suite, so test files can run in parallel against one PostgreSQL server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe } from "vitest";

export type TestProvider = "sqlite" | "postgresql";

export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

let probe: Promise<string | null> | undefined;

/** Why TEST_POSTGRES_URL did not answer `SELECT 1` within a few seconds, or null if it did (asked once). */
function unreachableReason(): Promise<string | null> {
  probe ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_POSTGRES_URL,
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return null;
    } catch (error) {
      return error instanceof Error ? error.message || error.name : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
}

export async function pgAvailable(): Promise<boolean> {
  return (await unreachableReason()) === null;
}

/** TEST_POSTGRES_URL with Prisma's `?schema=` parameter, which lib/db/migrate.ts honours. */
export function pgUrl(schema: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.searchParams.set("schema", schema);
  return url.toString();
}

export function uniqueSchemaName(prefix = "test"): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}

const sqliteDirs: string[] = [];

/** A `file:` URL for a database file that does not exist yet, in its own temp folder. */
export function freshSqliteUrl(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "gradient-tutor-db-"));
  sqliteDirs.push(dir);
  return `file:${path.join(dir, "test.db")}`;
}

export function removeSqliteFiles(): void {
  for (const dir of sqliteDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface ProviderSuite {
  provider: TestProvider;
  /** An empty database: a new SQLite file, or a new PostgreSQL schema (created on first use). */
  freshDatabaseUrl: () => string;
}

/**
 * Declares `body` once per provider. Outside CI an unreachable PostgreSQL skips only that half,
 * with the reason printed; with CI=true it fails, so CI can never pass on SQLite alone.
 * Call it with top-level `await` in the test file (vitest collects ESM test files).
 */
export async function describeBothProviders(
  name: string,
  body: (suite: ProviderSuite) => void,
): Promise<void> {
  describe(`${name} [sqlite]`, () => {
    afterAll(removeSqliteFiles);
    body({ provider: "sqlite", freshDatabaseUrl: freshSqliteUrl });
  });

  const reason = await unreachableReason();
  const available = reason === null;
  if (!available && (process.env.CI === "true" || process.env.CI === "1")) {
    throw new Error(
      `PostgreSQL not reachable at ${TEST_POSTGRES_URL} (${reason}) and CI is set: the PostgreSQL half of "${name}" must not be skipped in CI`,
    );
  }
  if (!available) {
    console.warn(
      `PostgreSQL not reachable at ${TEST_POSTGRES_URL} (${reason}): skipping the PostgreSQL half of "${name}"`,
    );
  }
  describe.skipIf(!available)(`${name} [postgresql]`, () => {
    const schemas: string[] = [];
    afterAll(async () => {
      await Promise.all(schemas.splice(0).map(dropSchema));
    });
    body({
      provider: "postgresql",
      freshDatabaseUrl: () => {
        const schema = uniqueSchemaName();
        schemas.push(schema);
        return pgUrl(schema);
      },
    });
  });
}
