import { writeTransaction } from "../transaction";
import type { Db } from "../prisma";
import type { Program } from "./program";
import { runOnPrisma } from "./prisma";
import { SqliteProgramRunner } from "./sqlite";

export { bool, date, dateOrNull, joinSql, num, sql, text, textOrNull } from "./program";
export type { Program, Row, Statement } from "./program";

/**
 * Where each Prisma client points, so a program can run on the same database by the fastest
 * path: SQLite directly through better-sqlite3, PostgreSQL through the client itself.
 */
const databaseUrls = new WeakMap<object, string>();
const sqliteRunners = new Map<string, SqliteProgramRunner>();

export function rememberDatabaseUrl(client: object, databaseUrl: string): void {
  databaseUrls.set(client, databaseUrl);
}

/**
 * Runs a program against `db`'s database: with `write`, as one transaction (run again if it
 * loses a write conflict); without, statement by statement.
 */
export function runProgram<T>(
  db: Db,
  program: () => Program<T>,
  { write }: { write: boolean },
): Promise<T> {
  const url = databaseUrls.get(db);
  if (url?.startsWith("file:")) {
    let runner = sqliteRunners.get(url);
    if (!runner) {
      runner = new SqliteProgramRunner(url.replace(/^file:/, ""));
      sqliteRunners.set(url, runner);
    }
    return runner.run(program, { write });
  }
  return write ? writeTransaction(db, (tx) => runOnPrisma(tx, program)) : runOnPrisma(db, program);
}

/** Closes the SQLite connection programs used for `db`'s database (tests, scripts). */
export function closeProgramConnection(db: Db): void {
  const url = databaseUrls.get(db);
  const runner = url ? sqliteRunners.get(url) : undefined;
  if (url && runner) {
    runner.close();
    sqliteRunners.delete(url);
  }
}
