/**
 * `npm run db:seed`: seeds the demo data into DATABASE_URL; running it twice changes nothing.
 * Run under the react-server condition (package.json does): the seed goes through the server's
 * own submit path.
 */
import { loadEnvConfig } from "@next/env";
import { seedDemoData } from "@/prisma/seed";
import { db } from "@/lib/db/client";

loadEnvConfig(process.cwd());
seedDemoData()
  .then((outcome) =>
    console.log(outcome === "seeded" ? "Seeded the demo data." : "Demo data already present."),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
