import { MigrationError } from "./errors";
import { matchesChecksum } from "./files";
import type { MigrationFile, MigrationRecord } from "./types";

export interface MigrationPlan {
  pending: MigrationFile[];
  alreadyApplied: string[];
  /** Recorded in the database but missing on disk (e.g. a newer release ran here first). */
  unknown: string[];
}

/**
 * Decides what to run, before anything runs: one refused migration stops the whole run, so a
 * database is never migrated past a file that no longer says what was applied.
 * Rows with `rolled_back_at` set are ignored, as Prisma does after `migrate resolve --rolled-back`.
 */
export function planMigrations(files: MigrationFile[], records: MigrationRecord[]): MigrationPlan {
  const live = records.filter((record) => record.rolledBackAt === null);
  const pending: MigrationFile[] = [];
  const alreadyApplied: string[] = [];
  for (const file of files) {
    const rows = live.filter((record) => record.migrationName === file.name);
    const finished = rows.find((record) => record.finishedAt !== null);
    if (finished) {
      assertUnchanged(file, finished);
      alreadyApplied.push(file.name);
    } else if (rows.length > 0) {
      throw failedEarlier(file.name);
    } else {
      pending.push(file);
    }
  }
  const onDisk = new Set(files.map((file) => file.name));
  const unknown = [...new Set(live.map((record) => record.migrationName))].filter(
    (name) => !onDisk.has(name),
  );
  for (const name of unknown) {
    if (live.some((record) => record.migrationName === name && record.finishedAt === null)) {
      throw failedEarlier(name);
    }
  }
  return { pending, alreadyApplied, unknown };
}

export function assertUnchanged(file: MigrationFile, record: MigrationRecord): void {
  if (matchesChecksum(file.sql, record.checksum)) return;
  throw new MigrationError(
    "CHECKSUM_MISMATCH",
    `Migration ${file.name} was modified after it was applied: ${file.path} no longer matches ` +
      `the checksum recorded in _prisma_migrations (recorded ${record.checksum}, file ` +
      `${file.checksum}). Nothing was applied. Restore the file, and put new changes in a new migration.`,
    file.name,
  );
}

function failedEarlier(name: string): MigrationError {
  return new MigrationError(
    "FAILED_EARLIER",
    `Migration ${name} started earlier but never finished (a failed run recorded by another tool ` +
      `in _prisma_migrations). Nothing was applied. Check the database by hand, then mark it ` +
      `with \`prisma migrate resolve --rolled-back ${name}\` (or delete its row) and run again.`,
    name,
  );
}
