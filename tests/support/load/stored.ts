// What the database holds after a run, read directly (not through the app under test).
import Database from "better-sqlite3";
import { createPrisma } from "@/lib/db/prisma";
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
  const db = createPrisma(databaseUrl);
  try {
    const rows = await db.answer.findMany({
      where: { user: { email: { endsWith: `@${tag}.load.test` } } },
      select: { idempotencyKey: true },
    });
    const keys = new Set(rows.map((r) => r.idempotencyKey));
    return {
      stored: rows.length,
      acknowledged: acknowledged.length,
      missing: acknowledged.filter((a) => !keys.has(a.idempotencyKey)),
    };
  } finally {
    await db.$disconnect();
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
