import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { closeProgramConnection } from "@/lib/db/sql";

/**
 * Migrates `databaseUrl` and makes it the database behind `db()` (lib/db/client.ts keeps its
 * client on globalThis), so data-access functions run against it exactly as in the app.
 */
export async function useMigratedDatabase(databaseUrl: string): Promise<Db> {
  await applyMigrations({ databaseUrl });
  const db = createPrisma(databaseUrl);
  (globalThis as { gradientTutorDb?: Db }).gradientTutorDb = db;
  return db;
}

export async function releaseDatabase(db: Db): Promise<void> {
  const holder = globalThis as { gradientTutorDb?: Db };
  if (holder.gradientTutorDb === db) delete holder.gradientTutorDb;
  await closeProgramConnection(db);
  await db.$disconnect();
}
