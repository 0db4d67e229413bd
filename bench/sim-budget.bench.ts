/**
 * `npm run bench:sim-budget [-- --seconds 10]`: a benchmark, not a test. Starts the production
 * build (`next start`, built first if missing) on a fresh SQLite file and prints `/api/health`
 * latency (p50, p99, max) idle and while four clients send worst-case simulation requests back
 * to back: two open the lab's spectral sweep at 200 steps and 32 units, two ask the tutor for
 * the same run. Each such run costs about a second of CPU when computed (printed first); under
 * the server's budget they are left to the browser, so health stays fast.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { runScenario, scenarios, SERVER_COST_BUDGET } from "@/lib/sim";
import { startServer, throwawayDatabaseUrl } from "@/tests/e2e/support/server";
import { percentile } from "@/tests/support/load/run-load";

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
const SECONDS = Number(arg("seconds") ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const WORST = {
  steps: 200,
  hiddenSize: 32,
  activation: "tanh",
  matrix: "gaussian",
  inputScale: 2,
  seed: 7,
};
const LAB_PATH = `/lab/spectral-radius-sweep?${new URLSearchParams(
  Object.entries(WORST).map(([k, v]) => [k, String(v)]),
).toString()}`;
const TUTOR_MESSAGE =
  "what if the spectral radius sweep uses 200 steps, 32 hidden units, gaussian matrix, input size 2?";

interface Timings {
  ms: number[];
  statuses: Record<string, number>;
}

async function timed(timings: Timings, request: () => Promise<Response>): Promise<void> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  timings.ms.push(performance.now() - started);
  timings.statuses[response.status] = (timings.statuses[response.status] ?? 0) + 1;
}

async function loop(until: number, timings: Timings, request: () => Promise<Response>) {
  while (Date.now() < until) await timed(timings, request);
}

const empty = (): Timings => ({ ms: [], statuses: {} });

function row(label: string, t: Timings): string {
  const sorted = [...t.ms].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(8);
  const statuses = Object.entries(t.statuses)
    .map(([status, n]) => `${status}×${n}`)
    .join(" ");
  return `${label.padEnd(34)}${String(sorted.length).padStart(7)}${f(percentile(sorted, 50))}${f(percentile(sorted, 99))}${f(sorted.at(-1) ?? NaN)}  ${statuses}`;
}

async function signedInCookie(base: string): Promise<string> {
  const id = Date.now().toString(36);
  const response = await fetch(`${base}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({
      name: "Bench Learner",
      email: `bench-${id}@example.com`,
      password: `bench-password-${id}`,
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up answered ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function main() {
  const sweep = scenarios["spectral-radius-sweep"];
  if (!sweep) throw new Error("no spectral-radius-sweep scenario");
  const started = performance.now();
  runScenario("spectral-radius-sweep", WORST);
  console.log(
    `The worst sweep computed in this process: ${(performance.now() - started).toFixed(0)} ms of CPU, ` +
      `estimated cost ${sweep.cost(WORST).toExponential(2)} (server budget ${SERVER_COST_BUDGET.toExponential(1)}).`,
  );
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build: running `next build` first.");
    execSync("npx next build", { stdio: "inherit" });
  }
  const server = await startServer({ port: PORT, databaseUrl: throwawayDatabaseUrl() });
  try {
    const base = server.url;
    const cookie = await signedInCookie(base);
    const health = () => fetch(`${base}/api/health`);
    const lab = () => fetch(`${base}${LAB_PATH}`);
    const tutor = () =>
      fetch(`${base}/api/tutor`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, cookie },
        body: JSON.stringify({ message: TUTOR_MESSAGE, lessonId: "bptt-basics" }),
      });
    // Warm-up: the first requests of a fresh process compile routes and fill caches.
    for (const request of [health, lab, tutor]) await timed(empty(), request);

    const idle = empty();
    await loop(Date.now() + SECONDS * 1000, idle, health);

    const loaded = empty();
    const labTimings = empty();
    const tutorTimings = empty();
    const until = Date.now() + SECONDS * 1000;
    await Promise.all([
      loop(until, loaded, health),
      loop(until, labTimings, lab),
      loop(until, labTimings, lab),
      loop(until, tutorTimings, tutor),
      loop(until, tutorTimings, tutor),
    ]);

    console.log(
      `\n${"".padEnd(34)}${"n".padStart(7)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"max ms".padStart(8)}`,
    );
    console.log(row("/api/health, idle", idle));
    console.log(row("/api/health, 4 worst-case clients", loaded));
    console.log(row("  lab page, worst sweep (2 clients)", labTimings));
    console.log(row("  tutor what-if, worst (2 clients)", tutorTimings));
    // Figures from a shared machine mean little without its load beside them.
    const load = loadavg().map((x) => x.toFixed(1));
    console.log(`\nLoad average ${load.join(" ")} on ${cpus().length} cores.`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
