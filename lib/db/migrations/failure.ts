import path from "node:path";
import { MigrationError } from "./errors";
import type { MigrationFile } from "./types";

/** Names the file (relative to the working directory when inside it) and the database's error. */
export function migrationFailed(
  migration: MigrationFile,
  error: unknown,
  line?: number,
): MigrationError {
  const relative = path.relative(process.cwd(), migration.path);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? migration.path : relative;
  const where = line === undefined ? shown : `${shown}:${line}`;
  const reason = error instanceof Error ? error.message : String(error);
  return new MigrationError(
    "MIGRATION_FAILED",
    `Migration ${migration.name} failed (${where}): ${reason}. ` +
      `It was rolled back: the database is as it was before this migration, and later ones were not run.`,
    migration.name,
    { cause: error },
  );
}

/** PostgreSQL reports a 1-based character offset into the script; people want a line. */
export function lineAt(sql: string, position: number): number {
  return sql.slice(0, Math.max(0, position - 1)).split("\n").length;
}
