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
  /** A row lock PostgreSQL needs; SQLite skips it (see `postgresLock`). */
  postgresOnly?: true;
}

export type Program<T> = Generator<Statement, T, Row[]>;

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

/** Reading helpers: each driver returns its own types (0/1 or booleans, text or Date, bigint). */
export const num = (value: unknown): number => Number(value);
export const text = (value: unknown): string => (typeof value === "string" ? value : String(value));
export const textOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : text(value);
export const bool = (value: unknown): boolean => value === true || value === 1 || value === 1n;
export const date = (value: unknown): Date =>
  value instanceof Date ? value : new Date(text(value));
export const dateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : date(value);
