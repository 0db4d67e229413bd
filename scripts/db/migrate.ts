// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the dev SQLite file).
import { applyMigrations } from "../../lib/db/migrate";
import { redact } from "../../lib/db/migrations/url";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/dev.db";

async function main(): Promise<void> {
  console.log(`Migrating ${redact(databaseUrl)}`);
  const result = await applyMigrations({ databaseUrl, log: (line) => console.log(`  ${line}`) });
  console.log(
    `${result.provider}: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
