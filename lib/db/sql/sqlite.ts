import type Database from "better-sqlite3";
import type { SqliteConnection } from "../sqlite-connection";
import { retryWhileBusy } from "../sqlite-busy";
import {
  togetherResults,
  type ProgramOf,
  type Row,
  type SqlValue,
  type Statement,
} from "./program";

interface QueuedWrite {
  program: ProgramOf<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Writes committed together at most; a bound on how long one batch holds the write lock. */
const MAX_BATCH = 64;

/**
 * Runs programs on the better-sqlite3 connection the Prisma client uses too
 * (../sqlite-connection.ts), never while one of Prisma's transactions is open on it. A write program runs inside
 * BEGIN IMMEDIATE … COMMIT, synchronously: nothing else in this process can run in between, and
 * the write lock is never held across an await. When another process holds the lock, the run
 * fails fast with SQLITE_BUSY and is retried after a short async pause.
 *
 * Group commit: the write programs that arrive within one turn of the event loop share one
 * transaction, each in a savepoint of its own (a failing program rolls back alone), and so share
 * the COMMIT's fsync, the largest single cost of a small write. Nobody is answered before the
 * COMMIT: an acknowledged write is as durable as before.
 */
export class SqliteProgramRunner {
  private readonly statements = new Map<string, Database.Statement>();
  private queued: QueuedWrite[] = [];
  private flushScheduled = false;

  constructor(private readonly shared: SqliteConnection) {}

  private get connection(): Database.Database {
    return this.shared.database;
  }

  async run<T>(program: ProgramOf<T>, { write }: { write: boolean }): Promise<T> {
    if (!write) {
      await this.shared.whenNoTransaction(() => undefined);
      return retryWhileBusy(() => this.whenFree(() => this.runSteps(program)), BUSY_RETRY);
    }
    return new Promise<T>((resolve, reject) => {
      this.queued.push({ program, resolve: resolve as (value: unknown) => void, reject });
      this.scheduleFlush();
    });
  }

  close(): void {
    this.statements.clear();
    this.shared.close();
  }

  /**
   * Runs `work` unless a Prisma transaction is open on the connection; then fails as if busy,
   * so that the retry waits and tries again (it only happens if one began during a pause).
   */
  private whenFree<T>(work: () => T): T {
    if (this.shared.transactionOpen) {
      throw Object.assign(new Error("a Prisma transaction is open on the connection"), {
        code: "SQLITE_BUSY",
      });
    }
    return work();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.queued.splice(0, MAX_BATCH);
    if (this.queued.length > 0) this.scheduleFlush();
    try {
      await this.shared.whenNoTransaction(() => undefined);
      const settled = await retryWhileBusy(
        () => this.whenFree(() => this.runBatch(batch)),
        BUSY_RETRY,
      );
      settled.forEach((result, i) => {
        const write = batch[i];
        if (!write) return;
        if (result.ok) write.resolve(result.value);
        else write.reject(result.error);
      });
    } catch (error) {
      // BEGIN or COMMIT failed (busy for too long, disk full): nothing of the batch was stored.
      for (const write of batch) write.reject(error);
    }
  }

  private runBatch(batch: readonly QueuedWrite[]): Settled[] {
    this.prepared("BEGIN IMMEDIATE").run();
    try {
      const settled = batch.map((write) => this.runInSavepoint(write.program));
      this.prepared("COMMIT").run();
      return settled;
    } catch (error) {
      // Most errors leave the transaction open; a few (SQLITE_FULL, IOERR) have rolled it back.
      if (this.connection.inTransaction) this.prepared("ROLLBACK").run();
      throw error;
    }
  }

  private runInSavepoint(program: ProgramOf<unknown>): Settled {
    this.prepared("SAVEPOINT program").run();
    try {
      const value = this.runSteps(program);
      this.prepared("RELEASE program").run();
      return { ok: true, value };
    } catch (error) {
      // Throws (failing the whole batch) only if SQLite itself has ended the transaction.
      this.prepared("ROLLBACK TO program").run();
      this.prepared("RELEASE program").run();
      return { ok: false, error };
    }
  }

  private runSteps<T>(program: ProgramOf<T>): T {
    const steps = program("sqlite");
    let next = steps.next([]);
    while (!next.done) next = steps.next(this.execute(next.value));
    return next.value;
  }

  private prepared(text: string): Database.Statement {
    let prepared = this.statements.get(text);
    if (!prepared) {
      prepared = this.connection.prepare(text);
      // Plain numbers, not the bigints the connection gives Prisma's adapter.
      if (prepared.reader) prepared.safeIntegers(false);
      this.statements.set(text, prepared);
    }
    return prepared;
  }

  private execute(statement: Statement): Row[] {
    if (statement.together) return togetherResults(statement.together.map((s) => this.execute(s)));
    if (statement.postgresOnly) return [];
    const prepared = this.prepared(statement.text);
    const values = statement.values.map(toSqlite);
    if (prepared.reader) return prepared.all(...values) as Row[];
    prepared.run(...values);
    return [];
  }
}

/** How long a run keeps retrying a busy database before giving up (then: a 503). */
const BUSY_RETRY = { forMs: 5_000, firstPauseMs: 1, maxPauseMs: 20 };

/** Prisma's SQLite form of each value, so rows written here read back the same through Prisma. */
function toSqlite(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}
