import { API_ROWS } from "./api-rows";
import { PAGE_ROWS } from "./page-rows";
import type { Row } from "./roles";

export * from "./roles";

/**
 * The route × role table: every page and every route handler method of app/, each asked by
 * every role (tests/unit/app/route-table.test.ts fails when a route has no row). Rows run in
 * this order; pages first, because the API rows end by changing the class's membership.
 */
export const ROWS: readonly Row[] = [...PAGE_ROWS, ...API_ROWS];
