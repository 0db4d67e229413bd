// The shared PostgreSQL server of the tests (TEST_POSTGRES_URL): reachability and throwaway
// schemas. Free of vitest, so Playwright specs and benches use it too.
import pg from "pg";

export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

let probe: Promise<string | null> | undefined;

/** Why TEST_POSTGRES_URL did not answer `SELECT 1` within a few seconds, or null if it did (asked once). */
export function unreachableReason(): Promise<string | null> {
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
