/** `npm run db:seed`: seeds the demo data into DATABASE_URL; running it twice changes nothing. */
import { loadEnvConfig } from "@next/env";
import { seedDemoData } from "@/prisma/seed";
import { createPrisma } from "@/lib/db/prisma";

loadEnvConfig(process.cwd());
const db = createPrisma(process.env.DATABASE_URL ?? "file:./data/dev.db");
seedDemoData(db)
  .then((outcome) =>
    console.log(outcome === "seeded" ? "Seeded the demo data." : "Demo data already present."),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
