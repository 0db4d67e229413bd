/**
 * `npm run bench:dashboard [-- --sizes 30,300,3000] [--json] [--sqlite-only | --postgresql-only]`:
 * a benchmark, not a test.
 * Seeds a synthetic class (N learners x 35 questions x up to 3 tries) into a fresh SQLite file
 * and, when TEST_POSTGRES_URL answers, a fresh PostgreSQL schema, then prints the server time to
 * build each dashboard view: the median of 5 runs after a warm-up (the queries only; no HTML),
 * and each view's slope, ms per 1,000 learners between the smallest and largest size. The
 * machine's load average is printed with the figures: on a shared machine wall time is a
 * multiple of the work done.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// The data-access modules start with `import "server-only"`, which throws outside React's server
// build; here the bench is the server, so that marker is replaced by an empty module.
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = {
  id: serverOnly,
  filename: serverOnly,
  loaded: true,
  exports: {},
} as unknown as NodeModule;

const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const argSizes = process.argv.find((a, i) => process.argv[i - 1] === "--sizes");
const SIZES = (argSizes ?? "30,300,3000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const JSON_OUT = process.argv.includes("--json");
const GOAL_MS = 150;

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)] ?? NaN;
}

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  const { applyMigrations } = await import("../lib/db/migrate");
  const { createPrisma, providerOf } = await import("../lib/db/prisma");
  const d = await import("../lib/services/dashboard/index");
  const { whoNeedsHelp } = await import("../lib/learning/needs-help");
  const { seedSyntheticClass } = await import("./dashboard-seed");

  const targets: { provider: string; url: string; cleanup: () => Promise<void> }[] = [];
  if (!process.argv.includes("--postgresql-only")) {
    const dir = mkdtempSync(path.join(tmpdir(), "dashboard-bench-"));
    targets.push({
      provider: "sqlite",
      url: `file:${path.join(dir, "bench.db")}`,
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  }
  if (process.argv.includes("--sqlite-only")) {
    console.log("--sqlite-only: skipping PostgreSQL.");
  } else if (await pgReachable()) {
    const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
    const url = new URL(PG_URL);
    url.searchParams.set("schema", schema);
    targets.push({
      provider: "postgresql",
      url: url.toString(),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    });
  } else {
    console.log(`PostgreSQL not reachable at ${PG_URL}: SQLite only.`);
  }

  const results: {
    provider: string;
    learners: number;
    answers: number;
    view: string;
    ms: number;
  }[] = [];
  for (const target of targets) {
    await applyMigrations({ databaseUrl: target.url, log: () => undefined });
    const db = createPrisma(target.url);
    const ctx = { db, provider: providerOf(target.url) };
    try {
      for (const learners of SIZES) {
        const t0 = performance.now();
        const { classId, learnerId, answers } = await seedSyntheticClass(
          db,
          learners,
          `n${learners}`,
        );
        if (!JSON_OUT)
          console.log(
            `${target.provider}: seeded ${learners} learners, ${answers} answers in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
          );
        const views: Record<string, () => Promise<unknown>> = {
          "overview (counts, lessons, activity)": () => d.classOverview(ctx, classId),
          "heatmap (learners x concepts)": () => d.masteryHeatmap(ctx, classId),
          "who needs help": async () =>
            whoNeedsHelp(await d.learnerProgress(ctx, classId), new Date()),
          misconceptions: () => d.rankedMisconceptions(ctx, classId),
          "item statistics": () => d.itemStatistics(ctx, classId),
          "response distributions": () => d.responseDistributions(ctx, classId),
          "learner drill-down": () =>
            d.learnerDetail(ctx, { id: learnerId, joinedAt: new Date(0) }),
          "export progress.csv": () => d.buildExport(ctx, classId, "progress.csv"),
          "export items.csv": () => d.buildExport(ctx, classId, "items.csv"),
        };
        for (const [view, build] of Object.entries(views)) {
          results.push({
            provider: target.provider,
            learners,
            answers,
            view,
            ms: await median(5, build),
          });
        }
      }
    } finally {
      await db.$disconnect();
      await target.cleanup();
    }
  }

  if (JSON_OUT) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(1));
  console.log(`\nload average at the end (1, 5, 15 min): ${one}, ${five}, ${fifteen} on 2 cores`);
  for (const target of targets) {
    const rows = results.filter((r) => r.provider === target.provider);
    const views = [...new Set(rows.map((r) => r.view))];
    console.log(`\n${target.provider}: median ms per view (goal < ${GOAL_MS} ms; ! above it)`);
    console.log(
      [
        "view".padEnd(38),
        ...SIZES.map((n) => `${n} learners`.padStart(14)),
        "ms/1k learners".padStart(16),
      ].join(""),
    );
    for (const view of views) {
      const cells = SIZES.map((n) => {
        const ms = rows.find((r) => r.view === view && r.learners === n)?.ms ?? NaN;
        return `${ms.toFixed(1)}${ms > GOAL_MS ? " !" : ""}`.padStart(14);
      });
      console.log([view.padEnd(38), ...cells, slope(rows, view).padStart(16)].join(""));
    }
  }
}

/** ms per 1,000 learners from the smallest to the largest size measured. */
function slope(rows: { learners: number; view: string; ms: number }[], view: string): string {
  const own = rows.filter((r) => r.view === view).sort((a, b) => a.learners - b.learners);
  const first = own[0];
  const last = own.at(-1);
  if (!first || !last || last.learners === first.learners) return "-";
  return ((1000 * (last.ms - first.ms)) / (last.learners - first.learners)).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
