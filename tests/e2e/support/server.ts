import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A production server (`npm start`) on its own port and database, for tests that need one. */
export interface TestServer {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
  /** SIGKILL, no shutdown at all: a crash, or the machine losing the process. */
  kill(): Promise<void>;
  /** Everything the server printed so far. */
  output(): string;
}

export function throwawayDatabaseUrl(): string {
  return `file:${join(mkdtempSync(join(tmpdir(), "gradient-tutor-e2e-")), "app.db")}`;
}

/** One secret per test run, shared by restarts so that sessions survive them. */
export const TEST_AUTH_SECRET =
  process.env.E2E_AUTH_SECRET ?? randomBytes(48).toString("base64url");

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  /** Extra environment for this server (e.g. the tutor's model settings). */
  env?: Record<string, string>;
}): Promise<TestServer> {
  const child = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      // Tests use http://127.0.0.1, where a Secure cookie would not be sent.
      COOKIE_SECURE: "false",
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilHealthy(url, child, () => output);
  return {
    url,
    databaseUrl: options.databaseUrl,
    stop: () => stop(child),
    kill: () => kill(child),
    output: () => output,
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The test server exited with code ${child.exitCode}:\n${output()}`);
    }
    // A restarted server: the test process's fetch keeps connections alive, so the old server,
    // still draining, could answer the health check before this one listens. Only this child's
    // own "Ready on" line (scripts/server.mjs) says the port is its.
    if (output().includes("Ready on")) {
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error(`The test server did not become healthy within 90 s:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // npm starts a shell that starts next: signal the whole process group.
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Signals the process group; one that is already gone is fine. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child.pid, "SIGKILL");
  await exited;
}
