import "server-only";
import type { Db } from "../prisma";
import type { Provider } from "../provider";
import { sql, type Statement } from "../sql";

/**
 * Dashboard queries are grouped SQL. Almost all of it is portable (standard window functions and
 * aggregates run on SQLite >= 3.25 and PostgreSQL); the two dialect-specific expressions (the
 * calendar day of a timestamp, a field of a JSON text) live in `dialect` below.
 */
export interface DashboardDb {
  db: Db;
  provider: Provider;
}

/** The UTC calendar day of a timestamp column, as 'YYYY-MM-DD'. */
export function dayOf(provider: Provider, column: Statement): Statement {
  return provider === "sqlite"
    ? sql`substr(${column}, 1, 10)`
    : sql`to_char(${column}, 'YYYY-MM-DD')`;
}

/** A top-level field of `response` inside an answer's payload JSON, as text (arrays as JSON). */
export function responseField(provider: Provider, field: "optionId" | "optionIds"): Statement {
  const path = `$.response.${field}`;
  return provider === "sqlite"
    ? sql`json_extract(a.payload, ${path})`
    : field === "optionId"
      ? sql`(a.payload::jsonb #>> '{response,optionId}')`
      : sql`((a.payload::jsonb #> '{response,optionIds}')::text)`;
}

/** Learners of the class: the population of every dashboard figure. */
export function classLearners(classId: string): Statement {
  return sql`SELECT "userId" FROM enrollments WHERE "classId" = ${classId}`;
}

/** FROM-clause item unnesting an answer's misconceptions JSON array into rows `j.value`. */
export function misconceptionRows(provider: Provider): Statement {
  return provider === "sqlite"
    ? sql`json_each(a.misconceptions) AS j`
    : sql`json_array_elements_text(a.misconceptions::json) AS j(value)`;
}
