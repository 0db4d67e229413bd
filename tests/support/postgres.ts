// Runs database suites once per provider. Each call of `freshDatabaseUrl` gets an empty
// database of its own (a temp SQLite file, or a uniquely named PostgreSQL schema), removed
// after the suite, so test files can run in parallel against one PostgreSQL server.
import type { Provider } from "@/lib/db/provider";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe } from "vitest";

import {
  dropSchema,
  pgUrl,
  TEST_POSTGRES_URL,
  uniqueSchemaName,
  unreachableReason,
} from "./pg-server";

export { dropSchema, pgAvailable, pgUrl, TEST_POSTGRES_URL, uniqueSchemaName } from "./pg-server";

export type TestProvider = Provider;

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
