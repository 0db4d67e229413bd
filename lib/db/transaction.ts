import type { Db, DbTx } from "./prisma";
import { isWriteConflict } from "./transient";

const MAX_RUNS = 5;
/**
 * How long a transaction may wait for a pooled connection (PostgreSQL) and then run. Prisma's
 * defaults (2 s, 5 s) turn a burst (sixty sign-in attempts at once on a pool of ten, on a busy
 * two-core machine) into 503s for requests that would have been served a moment later.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * An interactive transaction that is run again when it loses a write conflict (it was rolled
 * back, so nothing of it is stored). Two app processes on one SQLite file conflict this way under
 * load; without the retry the loser's learner would see a 503 for no fault of theirs.
 */
export function writeTransaction<T>(db: Db, work: (tx: DbTx) => Promise<T>): Promise<T> {
  return rerunOnWriteConflict(() => db.$transaction(work, TRANSACTION_OPTIONS));
}

/**
 * Runs `transaction` again (up to five runs) while it fails with a write conflict: a
 * PostgreSQL serialization failure or deadlock, or SQLite's busy snapshot. Each failed run was
 * rolled back whole, so running it again cannot store anything twice.
 */
export async function rerunOnWriteConflict<T>(transaction: () => Promise<T>): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await transaction();
    } catch (error) {
      if (run >= MAX_RUNS || !isWriteConflict(error)) throw error;
      // Jittered backoff so the two losers of a conflict do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** run));
    }
  }
}
