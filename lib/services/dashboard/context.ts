import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "@/lib/db/prisma";

/**
 * Dashboard queries are grouped SQL. Almost all of it is portable (standard window functions and
 * aggregates run on SQLite >= 3.25 and PostgreSQL); the two dialect-specific expressions (the
 * calendar day of a timestamp, a field of a JSON text) live in `dialect` below.
 */
export type Provider = "sqlite" | "postgresql";

export interface DashboardDb {
  db: Db;
  provider: Provider;
}

export { Prisma };

/** The UTC calendar day of a timestamp column, as 'YYYY-MM-DD'. */
export function dayOf(provider: Provider, column: Prisma.Sql): Prisma.Sql {
  return provider === "sqlite"
    ? Prisma.sql`substr(${column}, 1, 10)`
    : Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;
}

/** A top-level field of `response` inside an answer's payload JSON, as text (arrays as JSON). */
export function responseField(provider: Provider, field: "optionId" | "optionIds"): Prisma.Sql {
  const path = `$.response.${field}`;
  return provider === "sqlite"
    ? Prisma.sql`json_extract(a.payload, ${path})`
    : field === "optionId"
      ? Prisma.sql`(a.payload::jsonb #>> '{response,optionId}')`
      : Prisma.sql`((a.payload::jsonb #> '{response,optionIds}')::text)`;
}

/** Raw counts come back as bigint (COUNT, integer SUM) or number; both become numbers. */
export function num(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  throw new TypeError(`expected a number from SQL, got ${typeof value}`);
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** Learners of the class: the population of every dashboard figure. */
export function classLearners(classId: string): Prisma.Sql {
  return Prisma.sql`SELECT "userId" FROM enrollments WHERE "classId" = ${classId}`;
}

/** FROM-clause item unnesting an answer's misconceptions JSON array into rows `j.value`. */
export function misconceptionRows(provider: Provider): Prisma.Sql {
  return provider === "sqlite"
    ? Prisma.sql`json_each(a.misconceptions) AS j`
    : Prisma.sql`json_array_elements_text(a.misconceptions::json) AS j(value)`;
}

/** Aggregated timestamps come back as Date (PostgreSQL) or ISO text (SQLite). */
export function dateOrNull(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "string") {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new TypeError(`expected a timestamp from SQL, got ${typeof value}`);
}
