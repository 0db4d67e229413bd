import type { Db, DbTx } from "./prisma";
import { isWriteConflict } from "./transient";

const MAX_RUNS = 5;

/**
 * An interactive transaction that is run again when it loses a write conflict (it was rolled
 * back, so nothing of it is stored). Two app processes on one SQLite file conflict this way under
 * load; without the retry the loser's learner would see a 503 for no fault of theirs.
 */
export async function writeTransaction<T>(db: Db, work: (tx: DbTx) => Promise<T>): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (run >= MAX_RUNS || !isWriteConflict(error)) throw error;
      // Jittered backoff so the two losers of a conflict do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** run));
    }
  }
}
