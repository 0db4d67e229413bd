/**
 * Runs before `npm run dev` and `npm start`: makes sure there is an auth secret, checks the
 * environment, applies pending migrations and seeds the demo data into an empty database.
 * Usage: tsx --conditions=react-server scripts/db/setup.ts [--production] (the seed runs the
 * server's own submit path, whose modules are server-only).
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { loadEnvConfig } from "@next/env";
import { DEMO_CLASS, DEMO_LOGINS, seedDemoData } from "@/prisma/seed";
import { applyMigrations } from "@/lib/db/migrate";
import { db } from "@/lib/db/client";
import { EnvError, parseEnv } from "@/lib/env";

const LOCAL_ENV_FILE = ".env.local";

async function main(): Promise<void> {
  const production = process.argv.includes("--production");
  loadEnvConfig(process.cwd(), !production);
  if (!production && !process.env.AUTH_SECRET) writeDevelopmentSecret();

  const env = parseEnv({ ...process.env, NODE_ENV: production ? "production" : "development" });
  const { applied } = await applyMigrations({ databaseUrl: env.DATABASE_URL });
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database schema is up to date.",
  );

  try {
    if ((await db().user.count()) === 0) {
      await seedDemoData();
      console.log("Seeded the demo data.");
    }
  } finally {
    await db().$disconnect();
  }
  printDemoLogins();
}

/** Development only: a random secret kept in the git-ignored .env.local so sessions survive restarts. */
function writeDevelopmentSecret(): void {
  const secret = randomBytes(48).toString("base64url");
  const existing = existsSync(LOCAL_ENV_FILE) ? readFileSync(LOCAL_ENV_FILE, "utf8") : "";
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  appendFileSync(LOCAL_ENV_FILE, `${separator}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log(`Generated a development AUTH_SECRET in ${LOCAL_ENV_FILE}.`);
}

function printDemoLogins(): void {
  const { instructor, learner } = DEMO_LOGINS;
  console.log(
    [
      "Demo logins:",
      `  instructor  ${instructor.email} / ${instructor.password}`,
      `  learner     ${learner.email} / ${learner.password}`,
      `  class join code: ${DEMO_CLASS.joinCode}`,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
