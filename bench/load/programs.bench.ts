/**
 * `npx tsx --conditions=react-server bench/load/programs.bench.ts [--learners 20 --seconds 5]`:
 * the answer submit's database path alone (no HTTP, no Next), in this process, on a fresh
 * SQLite file and a fresh PostgreSQL schema, back to back: N learners submitting answers with
 * no think time through `submitAnswer`, as the app does after reading the session (which is
 * also read, once per answer, as the app does). Prints answers/s and the PostgreSQL/SQLite
 * ratio: bench:load's figure without the HTTP server's share of the CPU. It also prints the CPU
 * each answer took, in this process and (PostgreSQL) in the server processes serving its
 * connections: unlike answers/s, CPU time hardly depends on how busy the machine is.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { getQuestion, lessons, questionsForLesson } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import { readRows, sql } from "@/lib/db/sql";
import { instantiateQuestion } from "@/lib/learning/grading";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { instanceSeed, submitAnswer } from "@/lib/services/quiz";
import { createRng } from "@/lib/sim";
import { demoResponse } from "@/prisma/seed-responses";
import {
  releaseDatabase,
  useMigratedDatabase as migratedDatabase,
} from "@/tests/support/use-database";

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
const LEARNERS = Number(arg("learners") ?? 20);
const SECONDS = Number(arg("seconds") ?? 5);
const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

async function main() {
  const tag = `bench_programs_${Date.now().toString(36)}`;
  const sqlite = await measure(
    `file:${path.join(mkdtempSync(path.join(tmpdir(), "gt-programs-")), "app.db")}`,
  );
  const postgresUrl = new URL(PG_URL);
  postgresUrl.searchParams.set("schema", tag);
  let postgres: number;
  try {
    postgres = await measure(postgresUrl.toString());
  } finally {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${tag}" CASCADE`).finally(() => client.end());
  }
  console.log(
    `\nprograms, ${LEARNERS} learners, ${SECONDS} s: SQLite ${sqlite.toFixed(0)} answers/s, PostgreSQL ${postgres.toFixed(0)} answers/s, ratio ${(postgres / sqlite).toFixed(2)}`,
  );
}

async function measure(databaseUrl: string): Promise<number> {
  const db = await migratedDatabase(databaseUrl);
  try {
    const users = await Promise.all(
      Array.from({ length: LEARNERS }, (_, i) =>
        db.user.create({ data: { name: `L${i}`, email: `programs-${i}@bench.test` } }),
      ),
    );
    await run(db, users, 1000); // warm-up
    const serverBefore = await serverCpuMs(databaseUrl);
    const before = process.cpuUsage();
    const answers = await run(db, users, SECONDS * 1000);
    const { user, system } = process.cpuUsage(before);
    const serverMs = (await serverCpuMs(databaseUrl)) - serverBefore;
    const perSecond = answers / SECONDS;
    const perAnswer = (ms: number) => (ms / answers).toFixed(2);
    console.log(
      `${databaseUrl.split("?")[0]}: ${perSecond.toFixed(0)} answers/s; CPU per answer: this process ${perAnswer((user + system) / 1000)} ms` +
        (databaseUrl.startsWith("file:") ? "" : `, PostgreSQL server ${perAnswer(serverMs)} ms`),
    );
    return perSecond;
  } finally {
    await releaseDatabase(db);
  }
}

async function run(db: Db, users: { id: string }[], ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  let answers = 0;
  await Promise.all(
    users.map(async (user, index) => {
      const random = seededRandom(index + 1);
      for (let pass = 0; Date.now() < deadline; pass++) {
        const lesson = lessons[(index + pass) % lessons.length];
        if (!lesson) return;
        const { attemptId } = await startOrResumeAttempt(user.id, lesson.id, true);
        for (const { id: questionId } of questionsForLesson(lesson.id)) {
          const question = getQuestion(questionId);
          if (!question || Date.now() >= deadline) continue;
          const instance = instantiateQuestion(question, instanceSeed(attemptId, questionId));
          for (let finished = false; !finished && Date.now() < deadline;) {
            // The app reads the session before every answer.
            await readRows(db, sql`SELECT id FROM users WHERE id = ${user.id}`);
            const outcome = await submitAnswer(user.id, {
              attemptId,
              questionId,
              response: demoResponse(instance, random() < 0.6, random),
              idempotencyKey: randomUUID(),
              timeTakenMs: 0,
            });
            answers += 1;
            finished = outcome.finished;
          }
        }
      }
    }),
  );
  return answers;
}

/**
 * CPU time (user + system) of the PostgreSQL server processes serving this process's
 * connections (Prisma's pool and the programs' alike): those whose client port is one of this
 * process's sockets, read from /proc.
 */
async function serverCpuMs(databaseUrl: string): Promise<number> {
  if (databaseUrl.startsWith("file:")) return 0;
  const ports = ownLocalPorts();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; port: number }>(
      "SELECT pid, client_port AS port FROM pg_stat_activity WHERE client_port IS NOT NULL",
    );
    const ticks = rows
      .filter(
        ({ port, pid }) => ports.has(port) && pid !== (client as { processID?: number }).processID,
      )
      .map(({ pid }) => {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
          return Number(fields[11]) + Number(fields[12]); // utime, stime
        } catch {
          return 0; // not on this machine, or gone
        }
      });
    return (ticks.reduce((a, b) => a + b, 0) * 1000) / CLOCK_TICKS_PER_SECOND;
  } finally {
    await client.end();
  }
}

/** The local TCP ports of this process's sockets (Linux). */
function ownLocalPorts(): Set<number> {
  const inodes = new Set(
    readdirSync("/proc/self/fd").flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1] ?? ""];
      } catch {
        return [];
      }
    }),
  );
  const ports = new Set<number>();
  for (const table of ["/proc/self/net/tcp", "/proc/self/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const inode = fields[9];
      const port = fields[1]?.split(":")[1];
      if (inode && port && inodes.has(inode)) ports.add(parseInt(port, 16));
    }
  }
  return ports;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

function seededRandom(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.uniform();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
