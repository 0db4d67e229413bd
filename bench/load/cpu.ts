// CPU time of the processes serving a load run, read from /proc (Linux): the app servers this
// process started, and the PostgreSQL backends serving their connections. CPU time per answer
// moves less than answers/s when other work shares the machine (it still grows: fewer answers
// warm the JIT less, and caches are shared), so it helps compare SQLite and PostgreSQL measured
// back to back. Elsewhere than Linux, cpuAccountingWorks() is false and nothing is read.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import pg from "pg";

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface CpuSnapshot {
  appMs: number;
  /** The part of appMs spent in the kernel (system time: sockets, fsync, epoll). */
  appKernelMs: number;
  /** Per PostgreSQL backend pid, its CPU so far (empty for SQLite). */
  postgresMs: Map<number, number>;
}

export const cpuAccountingWorks = (): boolean => existsSync("/proc/self/stat");

/**
 * The CPU of this process's descendants (the servers) and of their PostgreSQL backends. The
 * servers' figure is read before the first await, so at the moment of the call.
 */
export async function cpuSnapshot(pgUrl: string | null): Promise<CpuSnapshot> {
  const pids = descendantsOf(process.pid);
  const appMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const appKernelMs = pids.reduce((sum, pid) => sum + cpuMsOf(pid, "system"), 0);
  const postgresMs = new Map<number, number>();
  if (pgUrl) {
    for (const pid of await backendsServing(pgUrl, pids)) postgresMs.set(pid, cpuMsOf(pid));
  }
  return { appMs, appKernelMs, postgresMs };
}

/** CPU used between two snapshots: the app's, and that of backends present in the second. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot) {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMs) postgresMs += ms - (before.postgresMs.get(pid) ?? 0);
  return {
    appMs: after.appMs - before.appMs,
    appKernelMs: after.appKernelMs - before.appKernelMs,
    postgresMs,
  };
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = Number(statFields(Number(entry))[1]);
    if (!Number.isFinite(ppid)) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The fields of /proc/<pid>/stat after the command name: state, ppid, … (none if gone). */
function statFields(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  } catch {
    return [];
  }
}

/** utime + stime of a process in ms, or only its stime (kernel). */
function cpuMsOf(pid: number, part: "all" | "system" = "all"): number {
  const fields = statFields(pid);
  const system = Number(fields[12] ?? 0);
  const ticks = part === "system" ? system : Number(fields[11] ?? 0) + system; // utime, stime
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : 0;
}

/** The inodes of the sockets the processes hold. */
function socketInodesOf(pids: readonly number[]): Set<string> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // closed meanwhile
      }
    }
  }
  return inodes;
}

/** The local TCP ports of the sockets with these inodes. */
function localPortsOf(inodes: ReadonlySet<string>): Set<number> {
  const ports = new Set<number>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const port = fields[1]?.split(":")[1];
      if (fields[9] && port && inodes.has(fields[9])) ports.add(parseInt(port, 16));
    }
  }
  return ports;
}

/**
 * The PostgreSQL processes at the other end of these Unix sockets, from `ss -xp` (the server's
 * end of each connection names its peer's inode and its own process), or null without ss.
 */
function unixPeersOf(inodes: ReadonlySet<string>): Set<number> | null {
  let listing: string;
  try {
    listing = execFileSync("ss", ["-xpn"], { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
  const pids = new Set<number>();
  for (const line of listing.split("\n")) {
    // u_str ESTAB 0 0 /var/run/postgresql/.s.PGSQL.5432 63714 * 60098 users:(("postgres",pid=21395,fd=7))
    const match = /\.s\.PGSQL\.\d+\s+\d+\s+\S+\s+(\d+)\s+users:\(\("[^"]*",pid=(\d+)/.exec(line);
    if (match?.[1] && match[2] && inodes.has(match[1])) pids.add(Number(match[2]));
  }
  return pids;
}

/**
 * The backends serving the servers' connections: over TCP matched by the client's port, over a
 * Unix socket (`?host=/var/run/postgresql`, which has no port) by the socket's peer (`ss`), or,
 * without ss, every socket backend of the benchmark's database but this query's own (so
 * nothing else may use that database by socket then).
 */
async function backendsServing(pgUrl: string, pids: readonly number[]): Promise<number[]> {
  const overSocket = new URL(pgUrl).searchParams.get("host")?.startsWith("/") ?? false;
  const inodes = socketInodesOf(pids);
  const ports = localPortsOf(inodes);
  const peers = overSocket ? unixPeersOf(inodes) : null;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; port: number }>(
      `SELECT pid, client_port AS port FROM pg_stat_activity
       WHERE client_port IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows
      .filter(
        (r) => ports.has(r.port) || (overSocket && r.port === -1 && (peers?.has(r.pid) ?? true)),
      )
      .map((r) => r.pid);
  } finally {
    await client.end();
  }
}
