/**
 * `npx tsx bench/load/profile.bench.ts [--database postgresql|sqlite --seconds 10]`: where the
 * app server's CPU goes under bench:load's traffic. Starts the production build with
 * ./cpu-profile-preload.mjs (the inspector's profiler), drives the same learners for a while, stops the server (which writes its
 * profile on exit) and prints the functions with the most self time and the share of each
 * package. A tool for finding work to cut, not a figure to track.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { startServer, throwawayDatabaseUrl } from "@/tests/e2e/support/server";
import { runLoad } from "@/tests/support/load/run-load";

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
const DATABASE = arg("database") ?? "postgresql";
const SECONDS = Number(arg("seconds") ?? 10);
const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const PORT = Number(process.env.BENCH_PORT ?? 3790);

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "gt-profile-"));
  const tag = `profile${Date.now().toString(36)}`;
  const schema = `bench_${tag}`;
  const databaseUrl = DATABASE === "sqlite" ? throwawayDatabaseUrl() : schemaUrl(schema);
  const server = await startServer({
    port: PORT,
    databaseUrl,
    env: {
      HTTP_COMPRESSION: "off",
      TRUSTED_PROXIES: "1",
      NODE_OPTIONS: `--import ${pathToFileURL(path.resolve("bench/load/cpu-profile-preload.mjs")).href}`,
      CPU_PROFILE_DIR: dir,
      CPU_PROFILE_WINDOW: "1",
    },
  });
  let answers = 0;
  let cpuMs = 0;
  const serverPid = Number(
    readdirSync(dir)
      .find((n) => n.endsWith(".pid"))
      ?.split(".")[0],
  );
  if (!Number.isInteger(serverPid)) throw new Error("the server did not write its pid");
  const profileFile = path.join(dir, `${serverPid}.cpuprofile`);
  try {
    await runLoad({ baseUrls: [server.url], learners: 20, durationMs: 3000, tag: `warm${tag}` });
    let cpuAtStart = 0;
    const result = await runLoad({
      baseUrls: [server.url],
      learners: 20,
      durationMs: SECONDS * 1000,
      tag,
      onStart: () => {
        cpuAtStart = cpuMsOf(serverPid);
        process.kill(serverPid, "SIGUSR2");
      },
    });
    process.kill(serverPid, "SIGUSR2");
    cpuMs = cpuMsOf(serverPid) - cpuAtStart;
    answers = result.acknowledged.length;
    while (!existsSync(profileFile)) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500)); // written in one call; let it finish
  } finally {
    await server.stop();
    if (DATABASE === "postgresql") await dropSchema(schema);
  }
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as Profile;
  const busyMs = busyUs(profile) / 1000;
  console.log(
    `${DATABASE}: ${answers} answers in ${SECONDS} s; app server CPU ${(cpuMs / answers).toFixed(2)} ms ` +
      `per answer (/proc, all threads); profiled main-thread busy ${(busyMs / answers).toFixed(2)} ms ` +
      `per answer (wall-clock samples, so inflated on a busy machine); load ${loadavg()[0]?.toFixed(1)}`,
  );
  report(profile, answers);
}

/** Sampled time outside "(idle)" in µs. */
function busyUs(profile: Profile): number {
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id),
  );
  return profile.samples.reduce(
    (sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)),
    0,
  );
}

/** utime + stime of a process in ms (Linux USER_HZ 100). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Shares of the busy time, and each as µs per answer (of the profile's wall-clock samples). */
function report(profile: Profile, answers: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (byId.get(id)?.callFrame.functionName === "(idle)") return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const share = (us: number) =>
    `${((100 * us) / total).toFixed(1).padStart(5)}% ${(us / answers).toFixed(0).padStart(5)} µs`;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = frame.url.replace(/^.*\/(node_modules|\.next)\//, "$1/");
    const name = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1] ??
      (frame.url ? "app" : frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\nself time by package (of ${(total / 1000).toFixed(0)} ms busy), per answer:`);
  for (const [name, us] of top(byPackage, 15)) console.log(`  ${share(us)}  ${name}`);
  console.log("\nself time by function:");
  for (const [name, us] of top(byFunction, 30)) console.log(`  ${share(us)}  ${name}`);
  console.log("\ntotal time (self and callees) by function:");
  for (const [name, us] of top(inclusive(profile, byId, selfUs), 45))
    console.log(`  ${share(us)}  ${name}`);
  reportCallers(profile, byId, selfUs, total);
}

/** Each function's self time plus its callees', a sample counted once per name on its stack. */
function inclusive(profile: Profile, byId: Map<number, ProfileNode>, selfUs: Map<number, number>) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f || f.functionName === "(root)") continue;
      const where = f.url.replace(/^.*\/(node_modules|\.next)\//, "$1/");
      seen.add(`${f.functionName || "(anonymous)"} ${where}:${f.lineNumber}`);
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + us);
  }
  return totals;
}

/** Who calls the natives with the most self time (a write syscall says nothing by itself). */
function reportCallers(
  profile: Profile,
  byId: Map<number, ProfileNode>,
  selfUs: Map<number, number>,
  total: number,
) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number | undefined) => {
    const f = id === undefined ? undefined : byId.get(id)?.callFrame;
    return f ? `${f.functionName || "(anonymous)"}@${f.url.split("/").slice(-2).join("/")}` : "";
  };
  const chains = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (
      !frame ||
      frame.url !== "" ||
      !["writev", "writeUtf8String", "writeBuffer"].includes(frame.functionName)
    )
      continue;
    const chain: string[] = [];
    for (let at = parent.get(id); at !== undefined && chain.length < 12; at = parent.get(at))
      chain.push(label(at));
    const key = `${frame.functionName} <- ${chain.join(" <- ")}`;
    chains.set(key, (chains.get(key) ?? 0) + us);
  }
  console.log("\ncallers of the socket writes:");
  for (const [chain, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${((100 * us) / total).toFixed(1)}%  ${chain}`);
}

function schemaUrl(schema: string): string {
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  return url.toString();
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
