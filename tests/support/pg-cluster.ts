// A PostgreSQL server of the test's own (initdb in a temp dir, its own port), so a test can stop
// and start it without disturbing the shared server other suites use. Needs the PostgreSQL
// binaries (Debian's postgresql package, which .ci/run's machines have); as root, the server
// runs as the `postgres` user, since PostgreSQL refuses to run as root.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PgCluster {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

function binDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = path.join(root, version, "bin");
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  return null;
}

export function pgClusterAvailable(): boolean {
  return binDir() !== null;
}

export function createPgCluster(port: number): PgCluster {
  const bin = binDir();
  if (!bin) throw new Error("PostgreSQL binaries (initdb, pg_ctl) are not installed");
  const dir = mkdtempSync(path.join(tmpdir(), "gradient-tutor-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const asServerUser = (command: string, args: string[]) => {
    const isRoot = process.getuid?.() === 0;
    const [file, argv] = isRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]]
      : [path.join(bin, command), args];
    execFileSync(file, argv, { stdio: "pipe", cwd: dir });
  };
  asServerUser("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const ctl = (action: string) =>
    asServerUser("pg_ctl", [
      "-D",
      data,
      "-o",
      options,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-m",
      "fast",
      action,
    ]);
  ctl("start");
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop"),
    start: () => ctl("start"),
    destroy: () => {
      try {
        ctl("stop");
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
