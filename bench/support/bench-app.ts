/**
 * What bench:lab and bench:pages share: a production build that matches the sources (built
 * here when missing or older than them), a production server on a throwaway SQLite database
 * (the e2e tests' own startServer, so the app runs exactly as they drive it), and Debian's
 * Chromium with the flags the e2e tests use.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { startServer, throwawayDatabaseUrl, type TestServer } from "@/tests/e2e/support/server";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Everything the build reads: a change to any of them makes .next stale. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "proxy.ts",
  "instrumentation-client.ts",
  "next.config.js",
  "package-lock.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds with `next build` unless .next exists and is newer than every source file. */
export function ensureProductionBuild(): void {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) {
    console.log("No production build (.next is missing): running `next build` first.");
  } else {
    const builtAt = statSync(buildId).mtimeMs;
    const changedAt = Math.max(...BUILD_INPUTS.map(newestMtime));
    if (changedAt <= builtAt) return;
    console.log("The production build is older than the sources: running `next build` first.");
  }
  execSync("npx next build", {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** BENCH_PORT, or a port of the caller's choosing. */
export function benchPort(fallback: number): number {
  return Number(process.env.BENCH_PORT ?? fallback);
}

export async function startBenchServer(port: number): Promise<TestServer> {
  console.log(`Starting the production server on port ${port} (throwaway SQLite database)…`);
  return startServer({ port, databaseUrl: throwawayDatabaseUrl() });
}

/** Median and 95th percentile (nearest rank) of a sample. */
export function summarize(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** The one-minute load average against the core count: the bench says when the machine was busy. */
export function machineLoad(): string {
  return `load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`;
}

const DEMO_INSTRUCTOR = { email: "instructor@demo.test", password: "instructor-demo-1" };

/** The demo instructor's session cookie (the seed's account). */
export async function signInCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(DEMO_INSTRUCTOR),
  });
  if (!response.ok) throw new Error(`Signing in the demo instructor failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** The demo instructor's first class page. */
export async function firstClassPath(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/instructor/classes`, { headers: { cookie } });
  const body = (await response.json()) as { classes: { id: string }[] };
  const id = body.classes[0]?.id;
  if (!id) throw new Error("The demo instructor has no class.");
  return `/instructor/classes/${id}`;
}
