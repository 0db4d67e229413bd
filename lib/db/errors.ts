/**
 * A unique-constraint violation, whichever driver adapter is in use: P2002 from the query API,
 * P2010 (raw query failed) whose driver error is a UniqueConstraintViolation, or the driver's
 * own error from a program.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  if (error.code === "P2002") return true;
  // better-sqlite3's own error, from programs run directly on SQLite (lib/db/sql).
  if (error.code === "SQLITE_CONSTRAINT_UNIQUE" || error.code === "SQLITE_CONSTRAINT_PRIMARYKEY")
    return true;
  // node-postgres's, from programs run directly on PostgreSQL: SQLSTATE unique_violation.
  if (error.code === "23505") return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta;
  return (
    error.code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}
