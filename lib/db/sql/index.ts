import { writeTransaction } from "../transaction";
import type { Db } from "../prisma";
import type { Program } from "./program";
import { runOnPrisma } from "./prisma";
import { SqliteProgramRunner } from "./sqlite";

export {
  bool,
  date,
  dateOrNull,
  joinSql,
  num,
  postgresLock,
  sql,
  text,
  textOrNull,
} from "./program";
export type { Program, Row, Statement } from "./program";

/**
 * Where each Prisma client points, so a program can run on the same database by the fastest
 * path: SQLite directly through better-sqlite3, PostgreSQL through the client itself. Kept on
 * the client and on globalThis, not in module state: Next bundles this module into several
 * layers (route handlers, server components), each with its own copy of module variables.
 */
const URL_KEY = Symbol.for("gradient-tutor.databaseUrl");
const shared = globalThis as unknown as {
  gradientTutorSqliteRunners?: Map<string, SqliteProgramRunner>;
};
const sqliteRunners = (shared.gradientTutorSqliteRunners ??= new Map<
  string,
  SqliteProgramRunner
>());

export function rememberDatabaseUrl(client: object, databaseUrl: string): void {
  Object.defineProperty(client, URL_KEY, { value: databaseUrl, enumerable: false });
}

function databaseUrlOf(client: object): string | undefined {
  return (client as { [URL_KEY]?: string })[URL_KEY];
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
  const url = databaseUrlOf(db);
  if (url?.startsWith("file:")) {
    let runner = sqliteRunners.get(url);
    if (!runner) {
      runner = new SqliteProgramRunner(url.replace(/^file:/, ""));
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
