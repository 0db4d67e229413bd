// The database driver alone, inserting one row per transaction into a scratch table of the same
// database the app uses, for as long as asked: the yardstick for the app's answers per second.
import { postgresConnection } from "../../lib/db/postgres-url";
import { isSqliteUrl } from "../../lib/db/provider";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

const PAYLOAD = JSON.stringify({
  response: { type: "single-choice", optionId: "b" },
  pad: "x".repeat(160),
});

export async function rawInsertsPerSecond(
  databaseUrl: string,
  { seconds, connections }: { seconds: number; connections: number },
): Promise<number> {
  return isSqliteUrl(databaseUrl)
    ? sqliteInserts(databaseUrl, seconds)
    : postgresInserts(databaseUrl, seconds, connections);
}

/** SQLite has one writer at a time, so one synchronous loop is its best case. */
function sqliteInserts(databaseUrl: string, seconds: number): number {
  const db = new Database(databaseUrl.replace(/^file:/, ""));
  try {
    db.exec(
      "CREATE TABLE raw_insert_bench (id TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at TEXT NOT NULL)",
    );
    const insert = db.prepare("INSERT INTO raw_insert_bench VALUES (?, ?, ?)");
    const end = performance.now() + seconds * 1000;
    let rows = 0;
    while (performance.now() < end) {
      insert.run(randomUUID(), PAYLOAD, new Date().toISOString());
      rows += 1;
    }
    db.exec("DROP TABLE raw_insert_bench");
    return rows / seconds;
  } finally {
    db.close();
  }
}

/** PostgreSQL serves connections in parallel: as many inserting loops as the app has learners. */
async function postgresInserts(databaseUrl: string, seconds: number, connections: number) {
  const { connectionString, options } = postgresConnection(databaseUrl);
  const pool = new pg.Pool({ connectionString, options, max: connections });
  try {
    await pool.query(
      "CREATE TABLE raw_insert_bench (id TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at TIMESTAMP(3) NOT NULL)",
    );
    const end = performance.now() + seconds * 1000;
    let rows = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          await pool.query("INSERT INTO raw_insert_bench VALUES ($1, $2, now())", [
            randomUUID(),
            PAYLOAD,
          ]);
          rows += 1;
        }
      }),
    );
    await pool.query("DROP TABLE raw_insert_bench");
    return rows / seconds;
  } finally {
    await pool.end();
  }
}
