/**
 * A database "program": a generator that yields SQL statements and receives their rows. The
 * same program runs on PostgreSQL (through Prisma, awaiting each statement) and on SQLite
 * (through better-sqlite3, synchronously, so a whole transaction holds SQLite's write lock for
 * well under a millisecond and never across an await). Written once, run by either.
 */

export type SqlValue = string | number | boolean | Date | null;
export type Row = Record<string, unknown>;

/** Statement text with `?` placeholders (SQLite's; PostgreSQL's `$n` are made from them). */
export interface Statement {
  text: string;
  values: SqlValue[];
  /**
   * PostgreSQL only, and its rows are never read: a row lock (see `postgresLock`) or a call of a
   * stored function that writes (see `postgresWrite`). SQLite skips it.
   */
  postgresOnly?: true;
  /** Statements yielded as one step (see `together`); `text` and `values` are then empty. */
  together?: readonly Statement[];
}

export type Program<T> = Generator<Statement, T, Row[]>;

/** The database a program runs on, for the few programs that use PostgreSQL's own functions. */
export type Dialect = "sqlite" | "postgresql";

/** What `runProgram` takes: a program, made for the dialect it will run on. */
export type ProgramOf<T> = (dialect: Dialect) => Program<T>;

type Part = SqlValue | Statement | readonly SqlValue[];

function isStatement(part: unknown): part is Statement {
  return typeof part === "object" && part !== null && "text" in part && "values" in part;
}

/**
 * Tagged template: every interpolated value becomes a bound parameter; a nested statement is
 * inlined with its parameters; an array becomes a comma-separated list of parameters (for IN).
 * Nothing interpolated is ever spliced into the SQL text.
 */
export function sql(strings: TemplateStringsArray, ...parts: Part[]): Statement {
  let text = strings[0] ?? "";
  const values: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (isStatement(part)) {
      text += part.text;
      values.push(...part.values);
    } else if (Array.isArray(part)) {
      if (part.length === 0) throw new Error("sql: an empty list cannot be bound");
      text += part.map(() => "?").join(", ");
      values.push(...(part as readonly SqlValue[]));
    } else {
      text += "?";
      values.push(part as SqlValue);
    }
    text += strings[i + 1] ?? "";
  });
  return { text, values };
}

export function joinSql(statements: readonly Statement[], separator = ", "): Statement {
  return {
    text: statements.map((s) => s.text).join(separator),
    values: statements.flatMap((s) => s.values),
  };
}

/**
 * A `SELECT … FOR UPDATE`-style lock for PostgreSQL, where concurrent transactions interleave
 * statement by statement under Read Committed. SQLite has no row locks and needs none: a write
 * program runs inside BEGIN IMMEDIATE, which already holds the whole database's write lock.
 */
export function postgresLock(statement: Statement): Statement {
  return { ...statement, postgresOnly: true };
}

/**
 * A call of a PostgreSQL function that only writes (returns void): like a write without
 * RETURNING, the runner sends it with the next statement that returns rows, or with COMMIT.
 * For a program that runs on PostgreSQL only (its dialect says so); SQLite would skip it.
 */
export function postgresWrite(statement: Statement): Statement {
  return { ...statement, postgresOnly: true };
}

/**
 * Yields statements that do not depend on each other's rows as one step and receives each
 * one's rows, in order: the same as yielding them one after another, in one round trip on
 * PostgreSQL (SQLite runs them one after another, as ever).
 */
export function* together(statements: readonly Statement[]): Program<Row[][]> {
  if (statements.length === 0) return [];
  if (statements.some((s) => s.together)) throw new Error("together: steps cannot be nested");
  const results = yield { text: "", values: [], together: statements };
  return results.map((result) => result.rows as Row[]);
}

/** The runners' answer to a `together` step: one row per statement, holding its rows. */
export const togetherResults = (rows: readonly Row[][]): Row[] => rows.map((r) => ({ rows: r }));

/**
 * Row readers, the one set for every raw query (programs and dashboards alike). Each driver
 * returns its own types: SQLite 0/1 and ISO text, PostgreSQL booleans and Dates, COUNT and
 * integer SUM as bigint; the readers accept each form and throw on anything else (a wrong
 * column is our bug, and a silent NaN or epoch date would hide it).
 */
export function num(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  throw new TypeError(`expected a number from SQL, got ${typeof value}`);
}

export const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : num(value);

export const text = (value: unknown): string => (typeof value === "string" ? value : String(value));

export const textOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : text(value);

export const bool = (value: unknown): boolean => value === true || value === 1 || value === 1n;

export function date(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string") {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new TypeError(`expected a timestamp from SQL, got ${typeof value}`);
}

export const dateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : date(value);
