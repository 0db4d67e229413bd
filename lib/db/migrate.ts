// Applies prisma/migrations/<provider>/*/migration.sql and records them in `_prisma_migrations`
// the way `prisma migrate deploy` does, because the Prisma CLI cannot fetch its schema engine
// offline (see lib/db/README.md, "Prisma offline"). No "server-only": scripts and tests import this directly.
import path from "node:path";
import { readMigrationFiles } from "./migrations/files";
import { assertUnchanged, planMigrations } from "./migrations/plan";
import { openPostgresDriver } from "./migrations/postgres-driver";
import { openSqliteDriver } from "./migrations/sqlite-driver";
import type { MigrationDriver, Provider } from "./migrations/types";
import { postgresTarget, providerFromUrl, sqlitePathFromUrl } from "./migrations/url";

export { MigrationError, type MigrationErrorCode } from "./migrations/errors";
export { sqlitePathFromUrl } from "./migrations/url";

export interface ApplyMigrationsOptions {
  /** `file:./data/dev.db` (SQLite, relative to the working directory) or `postgresql://…[?schema=NAME]`. */
  databaseUrl: string;
  /** Holds one folder per provider (`sqlite/`, `postgresql/`); default `prisma/migrations` in the working directory. */
  migrationsRoot?: string;
  log?: (line: string) => void;
}

export interface ApplyMigrationsResult {
  provider: Provider;
  applied: string[];
  alreadyApplied: string[];
}

export async function applyMigrations(
  options: ApplyMigrationsOptions,
): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => undefined);
  const provider = providerFromUrl(options.databaseUrl);
  const dir = path.resolve(options.migrationsRoot ?? "prisma/migrations", provider);
  // Read and hash every file before connecting: a broken folder fails fast and touches nothing.
  const files = readMigrationFiles(dir, provider);
  const driver = await openDriver(provider, options.databaseUrl);
  try {
    return await driver.withLock(async () => {
      await driver.ensureMigrationsTable();
      const plan = planMigrations(files, await driver.readRecords());
      for (const name of plan.unknown) {
        log(`warning: ${name} is recorded in _prisma_migrations but not in ${dir}`);
      }
      const applied: string[] = [];
      const alreadyApplied = [...plan.alreadyApplied];
      for (const migration of plan.pending) {
        const started = performance.now();
        const concurrent = await driver.applyOne(migration);
        if (concurrent) {
          assertUnchanged(migration, concurrent);
          alreadyApplied.push(migration.name);
          log(`${migration.name}: applied meanwhile by another process`);
        } else {
          applied.push(migration.name);
          log(`${migration.name}: applied in ${Math.round(performance.now() - started)} ms`);
        }
      }
      if (applied.length === 0)
        log(`${provider}: no pending migrations (${alreadyApplied.length} applied)`);
      return { provider, applied, alreadyApplied };
    });
  } finally {
    await driver.close();
  }
}

function openDriver(provider: Provider, url: string): Promise<MigrationDriver> {
  if (provider === "sqlite") return openSqliteDriver(sqlitePathFromUrl(url));
  const target = postgresTarget(url);
  return openPostgresDriver(target.connectionString, target.schema);
}
