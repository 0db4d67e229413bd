import type { Provider } from "../provider";

export type { Provider };

/** One `<dir>/<timestamp>_<name>/migration.sql` on disk. */
export interface MigrationFile {
  /** The folder name, which is what Prisma stores in `_prisma_migrations.migration_name`. */
  name: string;
  /** Absolute path of migration.sql, for error messages. */
  path: string;
  sql: string;
  /** sha256 of the file bytes, lowercase hex: what Prisma stores in `checksum`. */
  checksum: string;
}

/** A row of `_prisma_migrations`, as far as the runner needs it. */
export interface MigrationRecord {
  migrationName: string;
  checksum: string;
  finishedAt: Date | string | null;
  rolledBackAt: Date | string | null;
}

/** What each database needs to offer the runner; lib/db/migrate.ts holds the policy. */
export interface MigrationDriver {
  readonly provider: Provider;
  /** Runs `fn` while holding a lock that other runners (and `prisma migrate deploy`) respect. */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  ensureMigrationsTable(): Promise<void>;
  readRecords(): Promise<MigrationRecord[]>;
  /**
   * Runs the migration and inserts its finished `_prisma_migrations` row in one transaction.
   * If another runner recorded the migration in the meantime, nothing is run and that
   * runner's record is returned instead.
   */
  applyOne(migration: MigrationFile): Promise<MigrationRecord | null>;
  close(): Promise<void>;
}
