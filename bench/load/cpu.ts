// CPU time of the processes serving a load run, read from /proc (Linux): the app servers this
// process started, and the PostgreSQL backends serving their connections. CPU time per answer
// moves less than answers/s when other work shares the machine (it still grows: fewer answers
// warm the JIT less, and caches are shared), so it helps compare SQLite and PostgreSQL measured
// back to back. Elsewhere than Linux, cpuAccountingWorks() is false and nothing is read.
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import pg from "pg";

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface CpuSnapshot {
  appMs: number;
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
  const postgresMs = new Map<number, number>();
  if (pgUrl) {
    for (const pid of await backendsServing(pgUrl, localPortsOf(pids)))
      postgresMs.set(pid, cpuMsOf(pid));
  }
  return { appMs, postgresMs };
}

/** CPU used between two snapshots: the app's, and that of backends present in the second. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot) {
  let postgresMs = 0;
  for (const [pid, ms] of after.postgresMs) postgresMs += ms - (before.postgresMs.get(pid) ?? 0);
  return { appMs: after.appMs - before.appMs, postgresMs };
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

function cpuMsOf(pid: number): number {
  const fields = statFields(pid);
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : 0;
}

/** The local TCP ports of the sockets the processes hold. */
function localPortsOf(pids: readonly number[]): Set<number> {
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
 * The backends serving the servers' connections: matched by the client's TCP port, or, over a
 * Unix socket (`?host=/run/postgresql`, which has no port), every socket backend of the
 * benchmark's database but this query's own (so nothing else may use that database by socket).
 */
async function backendsServing(pgUrl: string, ports: ReadonlySet<number>): Promise<number[]> {
  const overSocket = new URL(pgUrl).searchParams.get("host")?.startsWith("/") ?? false;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; port: number }>(
      `SELECT pid, client_port AS port FROM pg_stat_activity
       WHERE client_port IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.filter((r) => ports.has(r.port) || (overSocket && r.port === -1)).map((r) => r.pid);
  } finally {
    await client.end();
  }
}
