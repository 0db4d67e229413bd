import pg from "pg";
import { postgresConnection } from "../postgres-url";
import {
  togetherResults,
  type ProgramOf,
  type Row,
  type SqlValue,
  type Statement,
} from "./program";

/**
 * Runs programs on PostgreSQL through node-postgres, on a pool of its own beside Prisma's (one
 * per database URL). Prisma's raw API cost about a millisecond of CPU per statement and a round
 * trip each; here a statement costs tens of microseconds, and round trips are saved by
 * pipelining: the connection is in node-postgres's pipeline mode, so statements are written
 * without waiting for the ones before, and the server runs them in order.
 *
 * A write program runs in BEGIN … COMMIT on one connection. A statement whose rows the program
 * cannot use (a write without RETURNING, or a `postgresLock`, whose rows SQLite never returns)
 * is answered at once with no rows and sent with the next statement that returns rows; BEGIN
 * goes with the first of those and COMMIT with the last writes, and a `together` step sends all
 * its statements at once. Order is kept, so every read sees the writes yielded before it, and
 * nothing is answered before COMMIT has returned (acknowledged = stored). The answer submit, the
 * hottest program, is two stored-function calls (lib/db/submit-postgres.ts): BEGIN with the
 * first, COMMIT with the second, so two round trips.
 *
 * An error in a deferred write surfaces with the batch it was sent in, a few statements later
 * than it was yielded; the program cannot tell, since no runner hands statement errors back to
 * a program (they end it, and its transaction rolls back whole).
 */
export class PostgresProgramRunner {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    const { connectionString, options } = postgresConnection(databaseUrl);
    this.pool = new pg.Pool({
      connectionString,
      options,
      pipeline: true,
      max: POOL_SIZE,
      // As long as a Prisma transaction may wait for a connection (lib/db/transaction.ts).
      connectionTimeoutMillis: 10_000,
      types: { getTypeParser },
      // Names these connections in pg_stat_activity (and lets bench/load/programs.bench.ts find them).
      application_name: PROGRAMS_APPLICATION_NAME,
    });
    // An idle connection lost (server restart): the pool drops it and opens another when asked.
    this.pool.on("error", () => undefined);
  }

  run<T>(program: ProgramOf<T>, { write }: { write: boolean }): Promise<T> {
    return write ? this.transaction(program) : this.read(program);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /**
   * A pooled connection, watched for the socket errors a connection in use emits (the server
   * went away): unheard, such an event would crash the process; heard, it marks the
   * connection lost, and its statements fail with the error (a 503).
   */
  private async connect(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    if (!watchedConnections.has(client)) {
      watchedConnections.add(client);
      client.on("error", () => lostConnections.add(client));
    }
    return client;
  }

  private async read<T>(program: ProgramOf<T>): Promise<T> {
    const client = await this.connect();
    try {
      const steps = program("postgresql");
      let next = steps.next([]);
      while (!next.done)
        next = steps.next(rowsOfStep(next.value, await send(client, parts(next.value))));
      return next.value;
    } finally {
      release(client);
    }
  }

  private async transaction<T>(program: ProgramOf<T>): Promise<T> {
    const client = await this.connect();
    try {
      return await runInTransaction(client, program);
    } finally {
      release(client);
    }
  }
}

export const PROGRAMS_APPLICATION_NAME = "gradient-tutor programs";

/** node-postgres's default; Prisma's own pool has as many again. */
const POOL_SIZE = 10;

const BEGIN: Statement = { text: "BEGIN", values: [] };
const COMMIT: Statement = { text: "COMMIT", values: [] };

async function runInTransaction<T>(client: pg.PoolClient, program: ProgramOf<T>): Promise<T> {
  let unsent: Statement[] = [BEGIN];
  let begun = false;
  const sendWithUnsent = (...last: Statement[]) => {
    const batch = [...unsent, ...last];
    unsent = [];
    begun = true;
    return batch;
  };
  try {
    const steps = program("postgresql");
    let next = steps.next([]);
    while (!next.done) {
      const statement = next.value;
      if (returnsNoRows(statement)) {
        unsent.push(statement);
        next = steps.next([]);
        continue;
      }
      const results = await send(client, sendWithUnsent(...parts(statement)));
      next = steps.next(rowsOfStep(statement, results));
    }
    if (!begun && unsent.length === 1) return next.value; // nothing to write: no transaction
    const commands = await sendForCommands(client, sendWithUnsent(COMMIT));
    // In a transaction that had failed, COMMIT answers ROLLBACK without an error of its own.
    if (commands.at(-1) !== "COMMIT") throw new Error("PostgreSQL did not commit the transaction");
    return next.value;
  } catch (error) {
    // Unless nothing was sent yet (the program failed before its first read).
    if (begun) await rollBack(client);
    throw error;
  }
}

/** The statements a step sends: itself, or those it yields `together`. */
const parts = (step: Statement): readonly Statement[] => step.together ?? [step];

/** What the program receives for a step, from the rows of the batch that ended with it. */
function rowsOfStep(step: Statement, results: readonly Row[][]): Row[] {
  if (!step.together) return results.at(-1) ?? [];
  return togetherResults(results.slice(results.length - step.together.length));
}

/**
 * Rows the program will never see: a write without RETURNING (every runner answers it with no
 * rows), or a row lock (SQLite skips it, so a program cannot rely on its rows).
 */
function returnsNoRows(statement: Statement): boolean {
  if (statement.together) return false;
  if (statement.postgresOnly) return true;
  return (
    !/^\s*(SELECT|WITH|VALUES|TABLE|SHOW)\b/i.test(statement.text) &&
    !/\bRETURNING\b/i.test(statement.text)
  );
}

/**
 * Sends the statements at once and waits for all; the first failure (in order) is thrown. After
 * an error the server skips the rest of a failed transaction ("current transaction is aborted").
 */
async function settle(client: pg.PoolClient, statements: readonly Statement[]) {
  const settled = await Promise.allSettled(
    inOneWrite(client, () => statements.map(queryOn(client))),
  );
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) {
    // Not the server's answer to a statement: the connection itself failed.
    if (!(failed.reason instanceof pg.DatabaseError)) lostConnections.add(client);
    throw failed.reason;
  }
  return settled.map((r) => (r as PromiseFulfilledResult<pg.QueryResult<Row>>).value);
}

const queryOn = (client: pg.PoolClient) => (statement: Statement) =>
  client.query<Row>(toQuery(statement));

/**
 * Runs `write` with the connection's socket corked, so that the statements it sends leave in one
 * write. node-postgres corks each statement's messages on its own (in pipeline mode the query is
 * written at once, inside client.query); uncorked, a batch of n statements is n writev calls,
 * and on a loopback connection each call also pays for the kernel handing the bytes to the
 * server: it was 8% of the app's CPU under bench:load. Corks nest, so this one flushes last.
 */
function inOneWrite<T>(client: pg.PoolClient, write: () => T): T {
  const stream = (client as unknown as { connection?: { stream?: CorkableStream } }).connection
    ?.stream;
  if (typeof stream?.cork !== "function" || typeof stream.uncork !== "function") return write();
  stream.cork();
  try {
    return write();
  } finally {
    stream.uncork();
  }
}

interface CorkableStream {
  cork?: () => void;
  uncork?: () => void;
}

async function send(client: pg.PoolClient, statements: readonly Statement[]): Promise<Row[][]> {
  return (await settle(client, statements)).map((result) => result.rows);
}

async function sendForCommands(client: pg.PoolClient, statements: readonly Statement[]) {
  return (await settle(client, statements)).map((result) => result.command);
}

/** Connections that failed under a statement: released to be closed, never reused. */
const lostConnections = new WeakSet<pg.PoolClient>();
const watchedConnections = new WeakSet<pg.PoolClient>();

function release(client: pg.PoolClient): void {
  client.release(lostConnections.has(client) ? new Error("connection lost") : undefined);
}

/** Ends a failed transaction; a connection that cannot even roll back is not reused. */
async function rollBack(client: pg.PoolClient): Promise<void> {
  if (lostConnections.has(client)) return;
  try {
    await client.query("ROLLBACK");
  } catch {
    lostConnections.add(client);
  }
}

const numberedTexts = new Map<string, string>();

/** `?` placeholders become `$1, $2, …` (our statements have no other "?"). */
function numbered(text: string): string {
  let result = numberedTexts.get(text);
  if (result === undefined) {
    let n = 0;
    result = text.replace(/\?/g, () => `$${++n}`);
    // Statement texts are few (IN lists vary only with their length); the bound is a safeguard.
    if (numberedTexts.size < 2_000) numberedTexts.set(text, result);
  }
  return result;
}

const statementNames = new Map<string, string>();

/**
 * A name per statement text, so that each connection parses and plans a statement once and
 * then only binds and runs it. Texts past the bound run unnamed (parsed each time).
 */
function nameOf(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < 500) {
    name = `program_${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

function toQuery(statement: Statement): pg.QueryConfig {
  const text = numbered(statement.text);
  return { text, name: nameOf(text), values: statement.values.map(toPostgres) };
}

/**
 * Dates as ISO text in UTC: a `timestamp(3)` column (no time zone, as Prisma creates them)
 * takes the wall time and ignores the "Z", so the stored value is the UTC time Prisma would
 * store. node-postgres's own form uses the process's time zone.
 */
function toPostgres(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;

/**
 * The forms the row readers (program.ts) take, as Prisma's raw API returned them: timestamps
 * without time zone are UTC (node-postgres would read them in the process's time zone), and
 * 64-bit integers (COUNT, SUM of integers) are bigints rather than strings. NUMERIC stays text,
 * which `num` reads; everything else is node-postgres's default.
 */
function getTypeParser(oid: number, format?: string): (value: string) => unknown {
  if (format !== "binary") {
    if (oid === TIMESTAMP) return (value) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === DATE) return (value) => new Date(`${value}T00:00:00Z`);
    if (oid === INT8) return (value) => BigInt(value);
  }
  return pg.types.getTypeParser(oid, format as "text") as (value: string) => unknown;
}
