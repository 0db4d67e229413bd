/**
 * Errors that mean "the database could not do it right now", not "the request was wrong":
 * the server is unreachable or restarting, a connection was cut, the pool or a lock timed out,
 * or a transaction lost a write conflict. Each leaves nothing half-written (the transaction
 * rolled back, or never began), so the client may simply try again; the route wrapper turns
 * them into 503 with Retry-After instead of a 500.
 */

/** Prisma's codes: P1001 unreachable, P1002 timed out, P1008 operation timed out (SQLite busy),
 * P1017 connection closed, P2024 pool timeout, P2034 write conflict or deadlock. */
const TRANSIENT_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);

/** Driver adapter error kinds with the same meaning. */
const TRANSIENT_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (shutting down, crashed,
 * cannot connect now), 53300 (too many connections), 40001/40P01 (serialization, deadlock).
 */
function isTransientSqlState(code: string): boolean {
  return (
    code.startsWith("08") || ["57P01", "57P02", "57P03", "53300", "40001", "40P01"].includes(code)
  );
}

/** Node socket errors seen when the server goes away under a driver. */
const TRANSIENT_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const { code, meta, cause, message } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: unknown } };
    cause?: unknown;
    message?: unknown;
  };
  if (typeof code === "string") {
    if (TRANSIENT_PRISMA_CODES.has(code) || TRANSIENT_SOCKET_CODES.has(code)) return true;
    if (code.startsWith("SQLITE_BUSY")) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && isTransientSqlState(code)) return true;
  }
  const adapterCause = meta?.driverAdapterError?.cause ?? cause;
  if (typeof adapterCause === "object" && adapterCause !== null) {
    const { kind, code: causeCode } = adapterCause as { kind?: unknown; code?: unknown };
    if (typeof kind === "string" && TRANSIENT_ADAPTER_KINDS.has(kind)) return true;
    if (typeof causeCode === "string" && isTransientSqlState(causeCode)) return true;
    if (isTransientDatabaseError(adapterCause, depth + 1)) return true;
  }
  // node-postgres's own wording when a connection is cut mid-query, or used after that, and
  // pg-pool's when no connection came free in time.
  return (
    typeof message === "string" &&
    /Connection terminated|Can't reach database server|terminating connection|connection error and is not queryable|timeout exceeded when trying to connect/.test(
      message,
    )
  );
}

/**
 * A transaction that lost to a concurrent writer and was rolled back: SQLite's busy lock (two
 * processes on one file; a deferred transaction cannot upgrade after another committed) or a
 * PostgreSQL serialization failure or deadlock. Running it again is the standard remedy.
 */
export function isWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: {
      driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } };
    };
  };
  if (code === "P2034") return true;
  // node-postgres's own error, from programs run directly on PostgreSQL (lib/db/sql).
  if (code === "40001" || code === "40P01") return true;
  const cause = meta?.driverAdapterError?.cause;
  // Only conflicts that fail at once: a plain SQLITE_BUSY has already waited out the busy
  // timeout (synchronously, in better-sqlite3), and running it again would stall that again.
  return (
    cause?.originalCode === "SQLITE_BUSY_SNAPSHOT" ||
    cause?.kind === "TransactionWriteConflict" ||
    cause?.code === "40001" ||
    cause?.code === "40P01"
  );
}
