// No "server-only": the migration scripts use this too.

export interface BusyRetry {
  /** Give up (rethrow the busy error) once this long has passed since the first try. */
  forMs: number;
  firstPauseMs: number;
  maxPauseMs: number;
}

/**
 * Runs `attempt` until it stops failing with SQLITE_BUSY, pausing asynchronously between tries
 * (doubling, jittered so two waiters do not collide again). Callers use it where SQLite's own
 * busy handler does not help: it blocks the event loop, and SQLite skips it in some cases.
 */
export async function retryWhileBusy<T>(attempt: () => T, retry: BusyRetry): Promise<T> {
  const deadline = Date.now() + retry.forMs;
  for (let pause = retry.firstPauseMs; ; pause = Math.min(pause * 2, retry.maxPauseMs)) {
    try {
      return attempt();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    }
  }
}

/** SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_RECOVERY, …_TIMEOUT). */
export function isSqliteBusy(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("SQLITE_BUSY")
  );
}
