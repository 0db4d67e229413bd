// What the database holds after a run, read with the plain drivers (not through the app under
// test, nor its Prisma client).
import { sqlitePathFromUrl } from "@/lib/db/migrate";
import { isSqliteUrl } from "@/lib/db/provider";
import Database from "better-sqlite3";
import pg from "pg";
import type { AcknowledgedAnswer } from "./run-load";

export interface StoredCheck {
  stored: number;
  acknowledged: number;
  /** Acknowledged answers that are not in the database: must be none. */
  missing: AcknowledgedAnswer[];
}

export async function checkStored(
  databaseUrl: string,
  tag: string,
  acknowledged: AcknowledgedAnswer[],
): Promise<StoredCheck> {
  const keys = new Set(await storedKeys(databaseUrl, `%@${tag}.load.test`));
  return {
    stored: keys.size,
    acknowledged: acknowledged.length,
    missing: acknowledged.filter((a) => !keys.has(a.idempotencyKey)),
  };
}

/** The idempotency keys of the answers of users whose email matches, straight from the driver. */
async function storedKeys(databaseUrl: string, emailPattern: string): Promise<string[]> {
  const sql = `SELECT a."idempotencyKey" AS key FROM answers a JOIN users u ON u.id = a."userId"
    WHERE u.email LIKE `;
  if (isSqliteUrl(databaseUrl)) {
    const db = new Database(sqlitePathFromUrl(databaseUrl), { readonly: true });
    try {
      return (db.prepare(`${sql} ?`).all(emailPattern) as { key: string }[]).map((r) => r.key);
    } finally {
      db.close();
    }
  }
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({
    connectionString: url.toString(),
    options: `-c search_path=${schema}`,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(`${sql} $1`, [emailPattern]);
    return rows.map((r) => r.key);
  } finally {
    await client.end();
  }
}

/** SQLite's own consistency check of every table and index: "ok" when sound. */
export function sqliteIntegrity(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}
