import Database from "better-sqlite3";
import type { Program, Row, SqlValue, Statement } from "./program";

/**
 * Runs programs on a better-sqlite3 connection of their own, each as one synchronous
 * BEGIN IMMEDIATE … COMMIT: nothing else in this process can run in between, and the write
 * lock is never held across an await (Prisma's connection, which waits for locks synchronously,
 * could otherwise block the event loop on it). When another connection holds the lock, the run
 * fails fast with SQLITE_BUSY and is retried after a short async pause.
 */
export class SqliteProgramRunner {
  private readonly connection: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    // timeout 0: never wait synchronously for a lock (see above).
    this.connection = new Database(file, { timeout: 0 });
  }

  async run<T>(program: () => Program<T>, { write }: { write: boolean }): Promise<T> {
    const deadline = Date.now() + BUSY_RETRY_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      try {
        return this.runOnce(program, write);
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
      }
    }
  }

  close(): void {
    this.connection.close();
  }

  private runOnce<T>(program: () => Program<T>, write: boolean): T {
    if (write) this.prepared("BEGIN IMMEDIATE").run();
    try {
      const steps = program();
      let next = steps.next([]);
      while (!next.done) next = steps.next(this.execute(next.value));
      if (write) this.prepared("COMMIT").run();
      return next.value;
    } catch (error) {
      if (write && this.connection.inTransaction) this.prepared("ROLLBACK").run();
      throw error;
    }
  }

  private prepared(text: string): Database.Statement {
    let prepared = this.statements.get(text);
    if (!prepared) {
      prepared = this.connection.prepare(text);
      this.statements.set(text, prepared);
    }
    return prepared;
  }

  private execute(statement: Statement): Row[] {
    const prepared = this.prepared(statement.text);
    const values = statement.values.map(toSqlite);
    if (prepared.reader) return prepared.all(...values) as Row[];
    prepared.run(...values);
    return [];
  }
}

/** How long a run keeps retrying a busy database before giving up (then: a 503). */
const BUSY_RETRY_MS = 5_000;

/** Prisma's SQLite form of each value, so rows written here read back the same through Prisma. */
function toSqlite(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

function isBusy(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("SQLITE_BUSY")
  );
}
