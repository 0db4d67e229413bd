/**
 * `npm run bench:load [-- --learners 20 --seconds 10 --only sqlite|postgresql --instances 1,2
 * --compression off,on]`: a benchmark, not a test. Starts the production build (`npm start`,
 * built first if missing) on a fresh SQLite file and a fresh PostgreSQL schema, with one and
 * with two instances, HTTP compression off (as behind a compressing proxy) and, at one
 * instance, on (plain `npm start`); drives N signed-up learners answering questions with no
 * think time over real HTTP, and prints answers per second, p50/p99 latency, acknowledged vs
 * stored answers (they must be equal), the raw driver's insert rate measured on the same
 * database in the same run, the CPU each answer took in the app servers (and the kernel's part
 * of it), in the PostgreSQL backends serving them and in this process, the load generator (it
 * shares the machine's cores with them), and PostgreSQL's answers/s and CPU per answer as
 * ratios of SQLite's.
 *
 * SQLite and PostgreSQL run back to back for each setting, so that the load other processes put
 * on the machine weighs on both alike. On a machine busy with other work answers/s and latency
 * say more about the others than about us. CPU per answer moves less (though it too grows on a
 * busy machine, with fewer answers to warm the JIT and caches shared), so it is printed too.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import { startServer, throwawayDatabaseUrl, type TestServer } from "@/tests/e2e/support/server";
import { checkStored } from "@/tests/support/load/stored";
import { runLoad, summarize } from "@/tests/support/load/run-load";
import { cpuAccountingWorks, cpuBetween, cpuSnapshot, type CpuSnapshot } from "./load/cpu";
import { rawInsertsPerSecond } from "./load/raw-inserts";

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
const LEARNERS = Number(arg("learners") ?? 20);
const SECONDS = Number(arg("seconds") ?? 10);
const ONLY = arg("only");
const INSTANCES = (arg("instances") ?? "1,2").split(",").map(Number);
const COMPRESSIONS = (arg("compression") ?? "off,on").split(",") as Compression[];
const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3700);
const GOAL = { answersPerSecond: 500, p99Ms: 100 };
/** PostgreSQL's answers/s at one instance, as a share of SQLite's, and its p99. */
const POSTGRES_GOAL = { ratio: 1, p99Ms: 100 };

type Database = "sqlite" | "postgresql";
/** "off" as deployed behind a compressing reverse proxy (README); "on" is plain `npm start`. */
type Compression = "off" | "on";

/** Compression off at one and two instances; on (the default `npm start`) at one. */
const SETTINGS = [
  { instances: 1, compression: "off" },
  { instances: 2, compression: "off" },
  { instances: 1, compression: "on" },
].filter(
  (s) => INSTANCES.includes(s.instances) && COMPRESSIONS.includes(s.compression as Compression),
) as { instances: number; compression: Compression }[];

interface Row {
  database: Database;
  instances: number;
  compression: Compression;
  answersPerSecond: number;
  p50: number;
  p99: number;
  acknowledged: number;
  stored: number;
  rawInsertsPerSecond: number;
  /** CPU per acknowledged answer: the app servers', and PostgreSQL's backends' (0 on SQLite). */
  appCpuMs: number | null;
  /** The part of appCpuMs spent in the kernel. */
  appKernelCpuMs: number | null;
  postgresCpuMs: number | null;
  /** CPU per acknowledged answer of this process, the load generator. */
  generatorCpuMs: number;
  non2xx: string;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build: running `next build` first.");
    execSync("npx next build", { stdio: "inherit" });
  }
  const databases = (["sqlite", "postgresql"] as const).filter((d) => !ONLY || ONLY === d);
  if (databases.includes("postgresql") && !(await postgresAnswers())) {
    console.log(`PostgreSQL at ${PG_URL} does not answer: skipping it.`);
    databases.pop();
  }
  const rows: Row[] = [];
  for (const { instances, compression } of SETTINGS) {
    for (const database of databases) rows.push(await measure(database, instances, compression));
  }
  printTable(rows);
  printRatios(rows);
}

async function measure(
  database: Database,
  instances: number,
  compression: Compression,
): Promise<Row> {
  const tag = `${database}${instances}${compression}x${Date.now().toString(36)}`;
  const databaseUrl = database === "sqlite" ? throwawayDatabaseUrl() : schemaUrl(`bench_${tag}`);
  console.log(`\n${database}, ${instances} instance(s), compression ${compression}: starting…`);
  const servers: TestServer[] = [];
  try {
    for (let i = 0; i < instances; i++) {
      servers.push(
        await startServer({
          port: FIRST_PORT + i,
          databaseUrl,
          // The learners send X-Forwarded-For, one address each, as if behind one proxy.
          env: { HTTP_COMPRESSION: compression, TRUSTED_PROXIES: "1" },
        }),
      );
    }
    const baseUrls = servers.map((s) => s.url);
    // Warm-up (not counted): the first requests of a fresh process compile and fill caches.
    const warm = await runLoad({
      baseUrls,
      learners: LEARNERS,
      durationMs: 2000,
      tag: `warm${tag}`,
    });
    const raw = await rawInsertsPerSecond(databaseUrl, { seconds: 2, connections: LEARNERS });
    console.log(
      `  raw driver: ${raw.toFixed(0)} inserts/s; running ${LEARNERS} learners for ${SECONDS} s…`,
    );
    const cpuUrl = database === "postgresql" ? PG_URL : null;
    // Taken once the learners have signed up: password hashing is deliberately slow, and no answer's.
    let cpuBefore: Promise<CpuSnapshot> | undefined;
    // This process is the load generator, and it shares the machine's cores with the server.
    let generatorBefore: NodeJS.CpuUsage | undefined;
    const result = await runLoad({
      baseUrls,
      learners: LEARNERS,
      durationMs: SECONDS * 1000,
      tag,
      onStart: () => {
        if (cpuAccountingWorks()) cpuBefore = cpuSnapshot(cpuUrl);
        generatorBefore = process.cpuUsage();
      },
    });
    const generator = process.cpuUsage(generatorBefore);
    const cpu = cpuBefore ? cpuBetween(await cpuBefore, await cpuSnapshot(cpuUrl)) : null;
    const summary = summarize(result);
    const perAnswer = (ms: number) => ms / Math.max(1, summary.answers);
    const check = await checkStored(databaseUrl, tag, result.acknowledged);
    const warmCheck = await checkStored(databaseUrl, `warm${tag}`, warm.acknowledged);
    if (
      check.missing.length + warmCheck.missing.length > 0 ||
      check.stored !== check.acknowledged
    ) {
      process.exitCode = 1;
      console.error(
        `  MISMATCH: acknowledged ${check.acknowledged}, stored ${check.stored}, missing ${check.missing.length}`,
      );
    }
    if (result.unexpected.length > 0)
      console.log(`  unexpected replies: ${result.unexpected.join("\n    ")}`);
    return {
      database,
      instances,
      compression,
      answersPerSecond: summary.answersPerSecond,
      p50: summary.p50,
      p99: summary.p99,
      acknowledged: check.acknowledged,
      stored: check.stored,
      rawInsertsPerSecond: raw,
      appCpuMs: cpu ? perAnswer(cpu.appMs) : null,
      appKernelCpuMs: cpu ? perAnswer(cpu.appKernelMs) : null,
      postgresCpuMs: cpu ? perAnswer(cpu.postgresMs) : null,
      generatorCpuMs: perAnswer((generator.user + generator.system) / 1000),
      non2xx: Object.entries(result.outcomes)
        .filter(([status]) => !status.startsWith("2"))
        .map(([status, n]) => `${status}×${n}`)
        .join(" "),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    if (database === "postgresql") await dropSchema(`bench_${tag}`);
  }
}

function printTable(rows: Row[]) {
  console.log(
    `\nbench:load — ${LEARNERS} learners, think time 0, ${SECONDS} s per row (after a 2 s warm-up); HTTP compression off is as behind a compressing proxy, on is plain \`npm start\`\n`,
  );
  const [load1, load5] = loadavg();
  console.log(
    `load average at the end: ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min)\n`,
  );
  console.log(
    "| database | instances | compression | answers/s | p50 ms | p99 ms | acknowledged | stored | raw driver inserts/s | app / raw | CPU ms per answer: app (kernel) | PostgreSQL | load generator | other replies |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const ms = (value: number | null) => (value === null ? "n/a" : value.toFixed(2));
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${r.instances} | ${r.compression} | ${r.answersPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.acknowledged} | ${r.stored} | ${r.rawInsertsPerSecond.toFixed(0)} | ${(r.answersPerSecond / r.rawInsertsPerSecond).toFixed(3)} | ${ms(r.appCpuMs)} (${ms(r.appKernelCpuMs)}) | ${r.database === "sqlite" ? "-" : ms(r.postgresCpuMs)} | ${ms(r.generatorCpuMs)} | ${r.non2xx || "none"} |`,
    );
  }
  const sqlite = rows.find(
    (r) => r.database === "sqlite" && r.instances === 1 && r.compression === "off",
  );
  if (sqlite) {
    const met = sqlite.answersPerSecond >= GOAL.answersPerSecond && sqlite.p99 < GOAL.p99Ms;
    console.log(
      `\nGoal (SQLite, one instance): ≥ ${GOAL.answersPerSecond} answers/s with p99 < ${GOAL.p99Ms} ms: ${met ? "met" : "NOT met"}.`,
    );
  }
}

/** PostgreSQL against SQLite at one instance, for each compression setting measured. */
function printRatios(rows: Row[]) {
  for (const compression of ["off", "on"] as const) {
    const at = (database: Database) =>
      rows.find(
        (r) => r.database === database && r.instances === 1 && r.compression === compression,
      );
    const sqlite = at("sqlite");
    const postgres = at("postgresql");
    if (!sqlite || !postgres) continue;
    const ratio = postgres.answersPerSecond / sqlite.answersPerSecond;
    const complete = postgres.acknowledged === postgres.stored;
    const met = ratio >= POSTGRES_GOAL.ratio && postgres.p99 < POSTGRES_GOAL.p99Ms && complete;
    console.log(
      `PostgreSQL / SQLite answers/s, one instance, compression ${compression}: ${ratio.toFixed(2)} (PostgreSQL p99 ${postgres.p99.toFixed(0)} ms, acknowledged ${complete ? "=" : "≠"} stored); goal ≥ ${POSTGRES_GOAL.ratio.toFixed(1)} with p99 < ${POSTGRES_GOAL.p99Ms} ms: ${met ? "met" : "NOT met"}.`,
    );
    if (sqlite.appCpuMs === null || postgres.appCpuMs === null) continue;
    const postgresTotal = postgres.appCpuMs + (postgres.postgresCpuMs ?? 0);
    console.log(
      `  CPU per answer, compression ${compression}: SQLite ${sqlite.appCpuMs.toFixed(2)} ms; PostgreSQL ${postgres.appCpuMs.toFixed(2)} ms in the app + ${(postgres.postgresCpuMs ?? 0).toFixed(2)} ms in its backends = ${postgresTotal.toFixed(2)} ms; SQLite / PostgreSQL, app alone ${(sqlite.appCpuMs / postgres.appCpuMs).toFixed(2)}, with the backends ${(sqlite.appCpuMs / postgresTotal).toFixed(2)}.`,
    );
  }
}

function schemaUrl(schema: string): string {
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  return url.toString();
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
