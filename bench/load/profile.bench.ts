/**
 * `npx tsx bench/load/profile.bench.ts [--database postgresql|sqlite --seconds 10]`: where the
 * app server's CPU goes under bench:load's traffic. Starts the production build with
 * ./cpu-profile-preload.mjs (the inspector's profiler), drives the same learners for a while, stops the server (which writes its
 * profile on exit) and prints the functions with the most self time and the share of each
 * package. A tool for finding work to cut, not a figure to track.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
    },
  });
  try {
    await runLoad({ baseUrls: [server.url], learners: 20, durationMs: 3000, tag: `warm${tag}` });
    const result = await runLoad({
      baseUrls: [server.url],
      learners: 20,
      durationMs: SECONDS * 1000,
      tag,
    });
    console.log(`${DATABASE}: ${result.acknowledged.length} answers in ${SECONDS} s`);
  } finally {
    await server.stop();
    if (DATABASE === "postgresql") await dropSchema(schema);
  }
  // npm, the shell and the server each write one: the server's is the one running our chunks.
  const profiles = readdirSync(dir).map(
    (name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Profile,
  );
  const ours = (p: Profile) => p.nodes.filter((n) => n.callFrame.url.includes(".next/")).length;
  const profile = profiles.sort((a, b) => ours(b) - ours(a))[0];
  if (!profile) throw new Error("no profile was written");
  report(profile);
}

function report(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
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
  console.log(`\nself time by package (of ${(total / 1000).toFixed(0)} ms sampled):`);
  for (const [name, us] of top(byPackage, 15))
    console.log(`  ${((100 * us) / total).toFixed(1)}%  ${name}`);
  console.log("\nself time by function:");
  for (const [name, us] of top(byFunction, 30))
    console.log(`  ${((100 * us) / total).toFixed(1)}%  ${name}`);
  reportCallers(profile, byId, selfUs, total);
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
