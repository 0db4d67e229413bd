import "server-only";
import { env } from "@/lib/env";
import { createPrisma, type Db } from "./prisma";

/**
 * The one Prisma client of the server process, created on first use (not at import, so that
 * `next build` can load modules without a database or secrets). Kept on globalThis so that
 * development hot reloads do not open a new connection pool each time.
 */
const globalForPrisma = globalThis as unknown as { gradientTutorDb?: Db };

export function db(): Db {
  globalForPrisma.gradientTutorDb ??= createPrisma(env().DATABASE_URL);
  return globalForPrisma.gradientTutorDb;
}
