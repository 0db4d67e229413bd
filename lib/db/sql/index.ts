import { databaseUrlOf } from "../database-url";
import { sqlitePathFromUrl } from "../migrations/url";
import type { Db } from "../prisma";
import { isSqliteUrl } from "../provider";
import { rerunOnWriteConflict } from "../transaction";
import { PostgresProgramRunner } from "./postgres";
import type { Program, Row, Statement } from "./program";
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
  together,
} from "./program";
export type { Program, Row, Statement } from "./program";

/**
 * The connections programs run on: one better-sqlite3 connection per SQLite file, one pool per
 * PostgreSQL URL (beside Prisma's own). Kept on globalThis, not in module state: Next bundles
 * this module into several layers (route handlers, server components), each with its own copy
 * of module variables.
 */
type Runner = SqliteProgramRunner | PostgresProgramRunner;
const shared = globalThis as unknown as { gradientTutorProgramRunners?: Map<string, Runner> };
const runners = (shared.gradientTutorProgramRunners ??= new Map<string, Runner>());

function runnerFor(db: Db): Runner {
  const url = databaseUrlOf(db);
  if (!url) throw new Error("runProgram: this client was not made by createPrisma");
  let runner = runners.get(url);
  if (!runner) {
    runner = isSqliteUrl(url)
      ? new SqliteProgramRunner(sqlitePathFromUrl(url))
      : new PostgresProgramRunner(url);
    runners.set(url, runner);
  }
  return runner;
}

/**
 * Runs a program against `db`'s database: with `write`, as one transaction (on PostgreSQL run
 * again if it loses a write conflict); without, statement by statement.
 */
export function runProgram<T>(
  db: Db,
  program: () => Program<T>,
  { write }: { write: boolean },
): Promise<T> {
  const runner = runnerFor(db);
  if (runner instanceof SqliteProgramRunner) return runner.run(program, { write });
  return write
    ? rerunOnWriteConflict(() => runner.run(program, { write }))
    : runner.run(program, { write });
}

/** Closes the connection or pool programs used for `db`'s database (tests, scripts). */
export async function closeProgramConnection(db: Db): Promise<void> {
  const url = databaseUrlOf(db);
  const runner = url ? runners.get(url) : undefined;
  if (!url || !runner) return;
  runners.delete(url);
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
