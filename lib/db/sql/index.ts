import { databaseUrlOf } from "../database-url";
import { sqlitePathFromUrl } from "../migrations/url";
import type { Db } from "../prisma";
import { isSqliteUrl } from "../provider";
import { writeTransaction } from "../transaction";
import type { Program, Row, Statement } from "./program";
import { runOnPrisma } from "./prisma";
import { SqliteProgramRunner } from "./sqlite";

export {
  bool,
  date,
  dateOrNull,
  joinSql,
  num,
  numOrNull,
  postgresLock,
  sql,
  text,
  textOrNull,
} from "./program";
export type { Program, Row, Statement } from "./program";

/**
 * The SQLite connections programs run on, one per database file. Kept on globalThis, not in
 * module state: Next bundles this module into several layers (route handlers, server
 * components), each with its own copy of module variables.
 */
const shared = globalThis as unknown as {
  gradientTutorSqliteRunners?: Map<string, SqliteProgramRunner>;
};
const sqliteRunners = (shared.gradientTutorSqliteRunners ??= new Map<
  string,
  SqliteProgramRunner
>());

/**
 * Runs a program against `db`'s database: with `write`, as one transaction (run again if it
 * loses a write conflict); without, statement by statement.
 */
export function runProgram<T>(
  db: Db,
  program: () => Program<T>,
  { write }: { write: boolean },
): Promise<T> {
  const url = databaseUrlOf(db);
  if (url && isSqliteUrl(url)) {
    let runner = sqliteRunners.get(url);
    if (!runner) {
      runner = new SqliteProgramRunner(sqlitePathFromUrl(url));
      sqliteRunners.set(url, runner);
    }
    return runner.run(program, { write });
  }
  if (!url) throw new Error("runProgram: this client was not made by createPrisma");
  return write ? writeTransaction(db, (tx) => runOnPrisma(tx, program)) : runOnPrisma(db, program);
}

/** Closes the SQLite connection programs used for `db`'s database (tests, scripts). */
export function closeProgramConnection(db: Db): void {
  const url = databaseUrlOf(db);
  const runner = url ? sqliteRunners.get(url) : undefined;
  if (url && runner) {
    runner.close();
    sqliteRunners.delete(url);
  }
}

/** One read statement's rows, by the same path as programs (dashboards and other reports). */
export function readRows(db: Db, statement: Statement): Promise<Row[]> {
  return runProgram(
    db,
    function* (): Program<Row[]> {
      return yield statement;
    },
    { write: false },
  );
}
