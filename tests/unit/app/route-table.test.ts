import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ROWS, rowTitle, type Row } from "../../e2e/access/table";

/**
 * Keeps the e2e route × role table (tests/e2e/access/) complete: every page and every route
 * handler method in app/ needs a row, and every row a route. Plain Node over the source files,
 * so a new route without a row fails here, before any build or browser.
 */

const APP = fileURLToPath(new URL("../../../app", import.meta.url));
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** app/(learner)/lab/[scenarioId] -> /lab/:scenarioId; null for folders Next does not route. */
function urlPattern(folder: string): string | null {
  const segments = folder.split(/[\\/]/).filter((s) => s !== "" && s !== ".");
  if (segments.some((s) => s.startsWith("_"))) return null;
  const kept = segments
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"))
    .map((s) =>
      s
        .replace(/^\[\[\.\.\.(\w+)\]\]$/, ":$1*")
        .replace(/^\[\.\.\.(\w+)\]$/, ":$1+")
        .replace(/^\[(\w+)\]$/, ":$1"),
    );
  return `/${kept.join("/")}`;
}

/** The HTTP methods a route.ts exports, in any of the forms Next accepts. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  const declared = /export\s+(?:const|let|var|(?:async\s+)?function)\s+([A-Z]+)\b/g;
  for (const match of source.matchAll(declared)) found.add(match[1] ?? "");
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    // `export { handler as GET }` exports the name after `as`.
    const names = (list[1] ?? "").split(",").map((e) => e.replace(/^.*\sas\s/, "").trim());
    for (const name of names) found.add(name);
  }
  return METHODS.filter((method) => found.has(method));
}

/** "GET /lab/:scenarioId" for each page and each exported handler method in app/. */
function appRoutes(): string[] {
  const keys: string[] = [];
  for (const file of readdirSync(APP, { recursive: true, encoding: "utf8" })) {
    const name = file.split(sep).pop();
    if (name !== "page.tsx" && name !== "route.ts") continue;
    const pattern = urlPattern(dirname(file));
    if (pattern === null) continue;
    if (name === "page.tsx") {
      keys.push(`GET ${pattern}`);
      continue;
    }
    const methods = exportedMethods(readFileSync(join(APP, file), "utf8"));
    // A handler exported in a form this test cannot read must not pass unnoticed.
    if (methods.length === 0) throw new Error(`app/${file} exports no method this test can see`);
    for (const method of methods) keys.push(`${method} ${pattern}`);
  }
  return keys.sort();
}

const keyOf = (row: Row) => `${row.method} ${row.route}`;
const live = ROWS.filter((row) => !row.pending);
const pending = ROWS.filter((row) => row.pending);

describe("the route × role table", () => {
  const routes = appRoutes();

  it("finds app's routes", () => {
    expect(routes).toContain("GET /");
    expect(routes).toContain("GET /lab/:scenarioId");
    expect(routes).toContain("DELETE /api/classes/:classId");
  });

  it("has a row for every page and route handler method", () => {
    const covered = new Set(live.map(keyOf));
    const missing = routes.filter((key) => !covered.has(key));
    expect(missing, "add rows to tests/e2e/access/ for these routes").toEqual([]);
  });

  it("names only routes that exist", () => {
    const existing = new Set(routes);
    const stale = live.map(keyOf).filter((key) => !existing.has(key));
    expect(stale, "these rows name routes app/ does not have").toEqual([]);
  });

  it("drops `pending` from a row once its route exists", () => {
    const existing = new Set(routes);
    const landed = pending.map(keyOf).filter((key) => existing.has(key));
    expect(landed, "these routes exist now: drop `pending` from their rows").toEqual([]);
  });

  it("gives each row its own title and only params its route has", () => {
    const titles = ROWS.map(rowTitle);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
    for (const row of ROWS) {
      const params = [...row.route.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(
        Object.keys(row.params ?? {}).filter((p) => !params.includes(p)),
        rowTitle(row),
      ).toEqual([]);
    }
  });
});

describe("urlPattern and exportedMethods", () => {
  it("drop route groups and turn [param] into :param", () => {
    expect(urlPattern(".")).toBe("/");
    expect(urlPattern("(learner)/review/[attemptId]")).toBe("/review/:attemptId");
    expect(urlPattern("docs/[...slug]")).toBe("/docs/:slug+");
    expect(urlPattern("_components/x")).toBeNull();
  });

  it("read every export form", () => {
    const source = [
      "export const GET = route(async () => x);",
      "export async function POST(request: Request) {}",
      "export function DELETE() {}",
      "const put = 1; export { put as PUT, helper };",
      "export const dynamic = 'force-dynamic';",
    ].join("\n");
    expect(exportedMethods(source)).toEqual(["GET", "POST", "PUT", "DELETE"]);
  });
});
