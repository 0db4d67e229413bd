export type MigrationErrorCode =
  | "BAD_URL"
  | "NO_MIGRATIONS_DIR"
  | "BAD_MIGRATION_DIR"
  | "PROVIDER_MISMATCH"
  | "CHECKSUM_MISMATCH"
  | "FAILED_EARLIER"
  | "MIGRATION_FAILED";

/** Every refusal of the runner, with a code so callers and tests need not match on wording. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migrationName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
