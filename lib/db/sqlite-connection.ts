// No "server-only": prisma.ts (scripts, tests) builds on this.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import { isSqliteBusy, type BusyRetry } from "./sqlite-busy";

/**
 * The one better-sqlite3 connection a Prisma client and the programs run on its database share
 * (lib/db/sql), so that in one process nobody waits for SQLite's write lock but other processes.
 *
 * One connection has one transaction at a time, and everything run on it while a transaction
 * is open belongs to that transaction. Programs run synchronously (BEGIN IMMEDIATE … COMMIT with
 * no await in between), so nothing can interleave with them. Prisma's interactive transactions
 * span awaits; while one is open (`transactionOpen`), programs and Prisma's other queries wait
 * for it to end, instead of landing inside it (and being rolled back with it, or committed by
 * it before they were answered).
 *
 * Busy timeout 0: a lock held by another process is never waited for synchronously (that
 * would block the event loop), but retried after short asynchronous pauses.
 */
export class SqliteConnection {
  private opened: Database.Database | null = null;
  private openTransaction: Promise<void> | null = null;

  constructor(private readonly file: string) {}

  /** Opened on first use, as Prisma's own adapter does (a client can be made before the file). */
  get database(): Database.Database {
    if (!this.opened) {
      this.opened = new Database(this.file, { timeout: 0 });
      // Prisma's adapter reads integers as bigints (its own connections do this); the
      // programs' statements ask for plain numbers (lib/db/sql/sqlite.ts).
      this.opened.defaultSafeIntegers(true);
    }
    return this.opened;
  }

  get transactionOpen(): boolean {
    return this.openTransaction !== null;
  }

  /**
   * Runs `work` once no Prisma transaction is open, in the same synchronous step as the check
   * that found none (a separate "wait, then run" would let a transaction begin in between).
   */
  async whenNoTransaction<T>(work: () => T | Promise<T>): Promise<T> {
    while (this.openTransaction) await this.openTransaction;
    return work();
  }

  /** Waits for the connection to be free, marks it taken; the function returned frees it. */
  takeForTransaction(): Promise<() => void> {
    return this.whenNoTransaction(() => {
      let release = () => {};
      this.openTransaction = new Promise((resolve) => {
        release = () => {
          this.openTransaction = null;
          resolve();
        };
      });
      return release;
    });
  }

  close(): void {
    this.opened?.close();
    this.opened = null;
  }
}

/** How long Prisma's statements keep retrying a lock another process holds (then: a 503). */
const BUSY_RETRY: BusyRetry = { forMs: 5_000, firstPauseMs: 1, maxPauseMs: 20 };

/**
 * A Prisma driver adapter factory for a connection of ours: Prisma's own SQLite adapter (its
 * value conversions and error mapping), pointed at `connection` instead of a database it opens
 * itself, with its transactions taken through the connection (see above).
 */
export class SharedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName = "@prisma/adapter-better-sqlite3";

  constructor(readonly connection: SqliteConnection) {}

  async connect(): Promise<SqlDriverAdapter> {
    const stock = await new PrismaBetterSqlite3({ url: ":memory:" }).connect();
    // The adapter runs every statement on its `client`: ours, instead of the one it opened.
    const adapter = stock as unknown as { client?: Database.Database };
    if (!adapter.client) throw new Error("@prisma/adapter-better-sqlite3 changed: no client");
    adapter.client.close();
    adapter.client = this.connection.database;
    return sharedAdapter(stock, this.connection);
  }
}

function sharedAdapter(stock: SqlDriverAdapter, connection: SqliteConnection): SqlDriverAdapter {
  /** A statement outside a transaction: after any open transaction, retried while busy. */
  const outside = <T>(run: () => Promise<T>) =>
    whileBusy(() => connection.whenNoTransaction(run), isBusyAdapterError);
  return {
    provider: stock.provider,
    adapterName: stock.adapterName,
    queryRaw: (query: SqlQuery) => outside(() => stock.queryRaw(query)),
    executeRaw: (query: SqlQuery) => outside(() => stock.executeRaw(query)),
    executeScript: (script: string) => outside(() => stock.executeScript(script)),
    startTransaction: async (isolationLevel) => {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
        return stock.startTransaction(isolationLevel); // throws Prisma's own error for it
      }
      const release = await connection.takeForTransaction();
      try {
        // Deferred, as Prisma's own adapter begins: a deferred BEGIN takes no lock yet.
        connection.database.prepare("BEGIN").run();
      } catch (error) {
        release();
        throw error;
      }
      return transactionOn(stock, release);
    },
    getConnectionInfo: stock.getConnectionInfo?.bind(stock),
    // The connection outlives the client's disconnect: programs may still use it, and it
    // closes with closeProgramConnection (lib/db/sql) or the process.
    dispose: () => Promise.resolve(),
  };
}

/**
 * Prisma sends COMMIT / ROLLBACK itself (usePhantomQuery false); commit() and rollback() only
 * free the connection. A statement that finds the write lock held by another process is
 * retried (it did nothing); a snapshot conflict (SQLITE_BUSY_SNAPSHOT) is not, since only
 * running the whole transaction again helps (writeTransaction does).
 */
function transactionOn(stock: SqlDriverAdapter, release: () => void): Transaction {
  const inside = <T>(run: () => Promise<T>) => whileBusy(run, isPlainBusyAdapterError);
  const run = (sql: string) =>
    inside(() => stock.executeRaw({ sql, args: [], argTypes: [] })).then(() => {});
  return {
    provider: stock.provider,
    adapterName: stock.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => inside(() => stock.queryRaw(query)),
    executeRaw: (query) => inside(() => stock.executeRaw(query)),
    commit: () => Promise.resolve(release()),
    rollback: () => Promise.resolve(release()),
    createSavepoint: (name) => run(`SAVEPOINT ${name}`),
    rollbackToSavepoint: (name) => run(`ROLLBACK TO ${name}`),
    releaseSavepoint: (name) => run(`RELEASE SAVEPOINT ${name}`),
  };
}

/** Runs `attempt` again after short asynchronous pauses while it fails as `busy` says. */
async function whileBusy<T>(
  attempt: () => Promise<T>,
  busy: (error: unknown) => boolean,
): Promise<T> {
  const deadline = Date.now() + BUSY_RETRY.forMs;
  for (let pause = BUSY_RETRY.firstPauseMs; ; pause = Math.min(pause * 2, BUSY_RETRY.maxPauseMs)) {
    try {
      return await attempt();
    } catch (error) {
      if (!busy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    }
  }
}

const originalCodeOf = (error: unknown): unknown =>
  (error as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode;

/** SQLITE_BUSY alone: the lock is held elsewhere, nothing conflicts yet. */
function isPlainBusyAdapterError(error: unknown): boolean {
  return originalCodeOf(error) === "SQLITE_BUSY";
}

/** SQLITE_BUSY as Prisma's adapter reports it (a DriverAdapterError whose cause keeps the code). */
function isBusyAdapterError(error: unknown): boolean {
  if (isSqliteBusy(error)) return true;
  const code = originalCodeOf(error);
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}
