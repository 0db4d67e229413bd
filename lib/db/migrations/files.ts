import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MigrationError } from "./errors";
import type { MigrationFile, Provider } from "./types";

export function sha256Hex(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Prisma accepts a recorded checksum if it matches the file as is, or with its line endings
 * converted either way, so a checkout with CRLF endings (git on Windows) is not "modified".
 * Matching the same set keeps this runner and `prisma migrate status` in agreement.
 */
export function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\n/g, "\r\n")];
  return variants.some((variant) => sha256Hex(variant) === checksum.toLowerCase());
}

/** The migrations of one provider, in Prisma's order (folder names sort by timestamp). */
export function readMigrationFiles(dir: string, provider: Provider): MigrationFile[] {
  if (!existsSync(dir)) {
    throw new MigrationError("NO_MIGRATIONS_DIR", `No ${provider} migrations folder at ${dir}`);
  }
  checkLockFile(dir, provider);
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return folders.map((name) => {
    const file = path.join(dir, name, "migration.sql");
    if (!existsSync(file)) {
      // Prisma refuses such a folder too; skipping it would silently diverge from the schema.
      throw new MigrationError(
        "BAD_MIGRATION_DIR",
        `Migration folder without migration.sql: ${file}`,
        name,
      );
    }
    const bytes = readFileSync(file);
    return { name, path: file, sql: bytes.toString("utf8"), checksum: sha256Hex(bytes) };
  });
}

/** migration_lock.toml says which provider the SQL was written for; running it elsewhere is a bug. */
function checkLockFile(dir: string, provider: Provider): void {
  const lockFile = path.join(dir, "migration_lock.toml");
  if (!existsSync(lockFile)) return;
  const match = /^\s*provider\s*=\s*"([^"]+)"/m.exec(readFileSync(lockFile, "utf8"));
  if (match && match[1] !== provider) {
    throw new MigrationError(
      "PROVIDER_MISMATCH",
      `${lockFile} is for provider "${match[1]}" but the database URL is ${provider}`,
    );
  }
}
