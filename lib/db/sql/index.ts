import { databaseUrlOf } from "../database-url";
import { sqliteConnectionOf, type Db } from "../prisma";
import type { SqliteConnection } from "../sqlite-connection";
import { rerunOnWriteConflict } from "../transaction";
import { PostgresProgramRunner } from "./postgres";
import type { Dialect, Program, ProgramOf, Row, Statement } from "./program";
import { SqliteProgramRunner } from "./sqlite";

export {
  bool,
  date,
  dateOrNull,
  joinSql,
  num,
  numOrNull,
  postgresLock,
  postgresWrite,
  sql,
  text,
  textOrNull,
  together,
} from "./program";
export type { Dialect, Program, ProgramOf, Row, Statement } from "./program";

/**
 * The connections programs run on: on SQLite the Prisma client's own connection
 * (../sqlite-connection.ts), on PostgreSQL a pool per URL beside Prisma's. Kept on globalThis,
 * not in module state: Next bundles this module into several layers (route handlers, server
 * components), each with its own copy of module variables.
 */
const shared = globalThis as unknown as {
  gradientTutorProgramRunners?: Map<string, PostgresProgramRunner>;
  gradientTutorSqliteProgramRunners?: WeakMap<SqliteConnection, SqliteProgramRunner>;
};
const postgresRunners = (shared.gradientTutorProgramRunners ??= new Map<
  string,
  PostgresProgramRunner
>());
const sqliteRunners = (shared.gradientTutorSqliteProgramRunners ??= new WeakMap<
  SqliteConnection,
  SqliteProgramRunner
>());

type Runner = SqliteProgramRunner | PostgresProgramRunner;

function runnerFor(db: Db): Runner {
  const connection = sqliteConnectionOf(db);
  if (connection) {
    let runner = sqliteRunners.get(connection);
    if (!runner) {
      runner = new SqliteProgramRunner(connection);
      sqliteRunners.set(connection, runner);
    }
    return runner;
  }
  const url = databaseUrlOf(db);
  if (!url) throw new Error("runProgram: this client was not made by createPrisma");
  let runner = postgresRunners.get(url);
  if (!runner) {
    runner = new PostgresProgramRunner(url);
    postgresRunners.set(url, runner);
  }
  return runner;
}

/**
 * Runs a program against `db`'s database: with `write`, as one transaction (on PostgreSQL run
 * again if it loses a write conflict); without, statement by statement. The program is made
 * for the database's dialect; most programs ignore it and run the same statements on both.
 */
export function runProgram<T>(
  db: Db,
  program: ProgramOf<T>,
  { write }: { write: boolean },
): Promise<T> {
  const runner = runnerFor(db);
  if (runner instanceof SqliteProgramRunner) return runner.run(program, { write });
  return write
    ? rerunOnWriteConflict(() => runner.run(program, { write }))
    : runner.run(program, { write });
}

/** The dialect `db`'s programs run in. */
export function dialectOf(db: Db): Dialect {
  return sqliteConnectionOf(db) ? "sqlite" : "postgresql";
}

/** Closes the connection or pool programs used for `db`'s database (tests, scripts). */
export async function closeProgramConnection(db: Db): Promise<void> {
  const connection = sqliteConnectionOf(db);
  if (connection) {
    sqliteRunners.get(connection)?.close();
    sqliteRunners.delete(connection);
    connection.close();
    return;
  }
  const url = databaseUrlOf(db);
  const runner = url ? postgresRunners.get(url) : undefined;
  if (!url || !runner) return;
  postgresRunners.delete(url);
  await runner.close();
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
