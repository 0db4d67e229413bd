/**
 * `npx tsx bench/load/triggers.bench.ts [--reps 100] [--without <migration>] [--drop <trigger,…>]
 * [--only sqlite|postgresql]`:
 * what the answer path's triggers cost per answer, on SQLite and PostgreSQL, without the app.
 * One learner in a class passes through a lesson as the submit writes it (attempt inserted, each
 * try an answer row and the attempt moved on, the last one finishing it), inside a transaction
 * that is rolled back, so that every repetition starts from the same rows. Prints the CPU time
 * per answer of whoever runs the statements (this process for SQLite, the backend for
 * PostgreSQL, read from /proc: unlike wall time it hardly depends on what else the machine
 * runs), for the learner's first pass at the lesson and for a later one, with every migration,
 * with all but --without (an A/B of one migration in one run), and with no dashboard triggers
 * (only the per-attempt totals of 20261201210000_dashboard_totals), so that their share can be
 * read off. It includes the statements' own cost (inserting the answer, moving the attempt).
 */
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { lessons, questionsForLesson } from "@/lib/content";
import { applyMigrations } from "@/lib/db/migrate";

const arg = (name: string) => process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
const REPS = Number(arg("reps") ?? 100);
const WITHOUT = arg("without");
const ONLY = arg("only");
/** Triggers to drop in one more variant (comma-separated names): what each one costs. */
const DROP = arg("drop")?.split(",");
const PG_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
/** Triggers that predate the dashboard sums (kept in the "no dashboard triggers" variant). */
const BASE_TRIGGERS = new Set(["answers_keep_totals", "answers_drop_totals"]);

type Exec = (text: string, params: unknown[]) => Promise<void>;
interface Target {
  exec: Exec;
  /** CPU time (ms) of whoever runs the statements: this process (SQLite), the backend (PostgreSQL). */
  cpuMs(): number;
  triggers(): Promise<{ name: string; table: string }[]>;
  dropTrigger(name: string, table: string): Promise<void>;
  close(): Promise<void>;
}

const lesson = lessons.find((l) => questionsForLesson(l.id).length >= 5) ?? lessons[0];
const QUESTIONS = lesson ? questionsForLesson(lesson.id).map((q) => q.id) : [];

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), "gt-triggers-"));
  const all = path.resolve("prisma/migrations");
  const variants: { label: string; root: string; dropDashboard?: boolean; drop?: string[] }[] = [
    { label: "every migration", root: all },
  ];
  if (WITHOUT) {
    const without = path.join(root, "without");
    cpSync(all, without, { recursive: true });
    for (const provider of ["sqlite", "postgresql"])
      rmSync(path.join(without, provider, WITHOUT), { recursive: true, force: true });
    variants.push({ label: `without ${WITHOUT}`, root: without });
  }
  if (DROP) variants.push({ label: `without triggers ${DROP.join(", ")}`, root: all, drop: DROP });
  variants.push({ label: "no dashboard triggers", root: all, dropDashboard: true });
  console.log(
    `triggers bench: lesson ${lesson?.id} (${QUESTIONS.length} questions, 2 tries each), CPU time over ${REPS} passes, load ${loadAverage()}`,
  );
  console.log("\n| database | migrations | CPU µs per answer, first pass | later pass |");
  console.log("|---|---|---|---|");
  try {
    for (const provider of ["sqlite", "postgresql"] as const) {
      if (ONLY && ONLY !== provider) continue;
      for (const variant of variants) {
        const target = await open(provider, variant.root, root);
        try {
          if (variant.dropDashboard) {
            for (const { name, table } of await target.triggers())
              if (!BASE_TRIGGERS.has(name) && !name.endsWith("_run"))
                await target.dropTrigger(name, table);
          }
          for (const { name, table } of await target.triggers())
            if (variant.drop?.includes(name)) await target.dropTrigger(name, table);
          const [first, later] = await measure(target);
          console.log(
            `| ${provider} | ${variant.label} | ${first.toFixed(0)} | ${later.toFixed(0)} |`,
          );
        } finally {
          await target.close();
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`\nload at the end: ${loadAverage()}`);
}

/** Fastest pass per answer: [first pass at the lesson, a pass after a finished one]. */
async function measure(t: Target): Promise<[number, number]> {
  const user = randomUUID();
  const peer = randomUUID();
  const classId = randomUUID();
  const now = new Date("2026-12-01T10:00:00.000Z");
  for (const id of [user, peer])
    await t.exec(`INSERT INTO users (id, name, "updatedAt") VALUES (?, ?, ?)`, [id, id, now]);
  await t.exec(
    `INSERT INTO classes (id, name, "ownerId", "joinCode", "updatedAt") VALUES (?, 'C', ?, ?, ?)`,
    [classId, peer, classId.slice(0, 8), now],
  );
  for (const id of [user, peer])
    await t.exec(`INSERT INTO enrollments (id, "classId", "userId") VALUES (?, ?, ?)`, [
      randomUUID(),
      classId,
      id,
    ]);
  // The peer's finished pass, so that the class rows the learner's sums go to exist.
  await pass(t, peer, new Date(now.getTime() - 3_600_000));
  const first = await fastest(t, () => pass(t, user, now));
  await pass(t, user, new Date(now.getTime() - 7_200_000));
  const later = await fastest(t, () => pass(t, user, now));
  return [first, later];
}

/** CPU µs per answer of the database over REPS passes (each rolled back). */
async function fastest(t: Target, run: () => Promise<void>): Promise<number> {
  await t.exec("BEGIN", []); // warm-up: plans and statement caches
  await run();
  await t.exec("ROLLBACK", []);
  const before = t.cpuMs();
  for (let i = 0; i < REPS; i++) {
    await t.exec("BEGIN", []);
    await run();
    await t.exec("ROLLBACK", []);
  }
  return ((t.cpuMs() - before) * 1000) / (REPS * QUESTIONS.length * 2);
}

/** One pass as the submit writes it: a wrong try and a right one per question. */
async function pass(t: Target, userId: string, startedAt: Date) {
  const attemptId = randomUUID();
  await t.exec(
    `INSERT INTO quiz_attempts (id, "userId", "lessonId", kind, "currentQuestionId", "startedAt", "updatedAt")
     VALUES (?, ?, ?, 'lesson', ?, ?, ?)`,
    [attemptId, userId, lesson?.id, QUESTIONS[0], startedAt, startedAt],
  );
  for (const [i, questionId] of QUESTIONS.entries()) {
    for (const tryNumber of [1, 2]) {
      const at = new Date(startedAt.getTime() + (i * 2 + tryNumber) * 1000);
      await t.exec(
        `INSERT INTO answers (id, "attemptId", "userId", "questionId", payload, correct, score,
           "tryNumber", "hintsUsed", "timeTakenMs", "idempotencyKey", misconceptions, "createdAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1500, ?, ?, ?)`,
        [
          randomUUID(),
          attemptId,
          userId,
          questionId,
          JSON.stringify({ response: { type: "single-choice", optionId: `o${tryNumber}` } }),
          tryNumber === 2,
          tryNumber === 2 ? 0.5 : 0,
          tryNumber,
          randomUUID(),
          tryNumber === 1 ? '["lstm-never-explodes"]' : "[]",
          at,
        ],
      );
      const last = tryNumber === 2 && i === QUESTIONS.length - 1;
      const next = tryNumber === 2 ? (QUESTIONS[i + 1] ?? null) : questionId;
      await t.exec(
        `UPDATE quiz_attempts SET "currentQuestionId" = ?, "completedAt" = ?, "updatedAt" = ? WHERE id = ?`,
        [next, last ? at : null, at, attemptId],
      );
    }
  }
}

async function open(provider: "sqlite" | "postgresql", root: string, dir: string): Promise<Target> {
  if (provider === "sqlite") {
    const file = path.join(dir, `${randomUUID()}.db`);
    await applyMigrations({ databaseUrl: `file:${file}`, migrationsRoot: root });
    const db = new Database(file);
    db.pragma("foreign_keys = ON");
    const value = (v: unknown) =>
      v instanceof Date ? v.getTime() : typeof v === "boolean" ? Number(v) : v;
    // Prepared once per text, as the app's SQLite runner does: a statement with triggers
    // compiles them in, which costs far more than running them.
    const statements = new Map<string, Database.Statement>();
    return {
      cpuMs: () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      },
      exec: (text, params) => {
        let statement = statements.get(text);
        if (!statement) statements.set(text, (statement = db.prepare(text)));
        statement.run(...params.map(value));
        return Promise.resolve();
      },
      triggers: () =>
        Promise.resolve(
          db
            .prepare("SELECT name, tbl_name AS \"table\" FROM sqlite_master WHERE type = 'trigger'")
            .all() as { name: string; table: string }[],
        ),
      dropTrigger: (name) => Promise.resolve(void db.exec(`DROP TRIGGER "${name}"`)),
      close: () => Promise.resolve(void db.close()),
    };
  }
  const schema = `bench_triggers_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  await applyMigrations({ databaseUrl: url.toString(), migrationsRoot: root });
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"`);
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0]?.pid;
  const names = new Map<string, string>();
  const name = (text: string) => {
    const n = `s${names.size}`;
    names.set(text, n);
    return n;
  };
  const numbered = (text: string) => {
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  };
  return {
    cpuMs: () => {
      // utime and stime of the backend, in clock ticks (USER_HZ, 100 on Linux).
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    // Named prepared statements, as the app's programs use on PostgreSQL.
    exec: async (text, params) =>
      void (await client.query(
        text === "BEGIN" || text === "ROLLBACK"
          ? text
          : { name: names.get(text) ?? name(text), text: numbered(text), values: params },
      )),
    triggers: async () =>
      (
        await client.query<{ name: string; table: string }>(
          `SELECT t.tgname AS name, c.relname AS "table" FROM pg_trigger t
           JOIN pg_class c ON c.oid = t.tgrelid
           WHERE NOT t.tgisinternal AND c.relnamespace = $1::regnamespace`,
          [schema],
        )
      ).rows,
    dropTrigger: async (name, table) =>
      void (await client.query(`DROP TRIGGER "${name}" ON "${table}"`)),
    close: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

const loadAverage = () => (loadavg()[0] ?? 0).toFixed(2);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
