import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const INIT = "20261126000000_init";
export const REAL_MIGRATIONS = path.resolve("prisma/migrations");

/** Every real migration of a provider, in the order they apply. */
export function realMigrations(provider: string): string[] {
  return readdirSync(path.join(REAL_MIGRATIONS, provider), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const copies: string[] = [];

export function removeMigrationCopies(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * A temp migrations root holding a copy of the real migrations for `provider`, plus the extra
 * migrations given as { folderName: sql }, so tests can break or edit files safely.
 */
export function migrationsCopy(provider: string, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "gradient-tutor-migrations-"));
  copies.push(root);
  cpSync(path.join(REAL_MIGRATIONS, provider), path.join(root, provider), { recursive: true });
  for (const [name, sql] of Object.entries(extra)) addMigration(root, provider, name, sql);
  return root;
}

export function addMigration(root: string, provider: string, name: string, sql: string): void {
  mkdirSync(path.join(root, provider, name));
  writeFileSync(path.join(root, provider, name, "migration.sql"), sql);
}

/** A valid CREATE TABLE followed by invalid SQL: the table must not survive the failure. */
export const BROKEN_MIGRATION = `-- CreateTable
CREATE TABLE "broken_probe" ("id" TEXT NOT NULL PRIMARY KEY);

-- A typo that every database rejects
CREATE TABLEE "oops" ("id" TEXT);
`;
