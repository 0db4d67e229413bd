// Runs at postinstall: writes the PostgreSQL copy of the schema, then generates one Prisma
// client per provider. The Prisma CLI wants to download its schema engine at start, which
// these machines cannot; `generate` never runs that engine, so any existing file satisfies it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const source = readFileSync(`${root}prisma/schema.prisma`, "utf8");
const header =
  "// GENERATED from prisma/schema.prisma by scripts/db/generate.mjs (npm run db:generate): do not edit.";
const postgres = source
  .replace(/^\/\/ The one schema[\s\S]*?\n(?=\n)/, header)
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output   = "../generated/sqlite"', 'output   = "../../generated/postgresql"');
if (postgres === source || !postgres.includes('"postgresql"')) {
  throw new Error("generate.mjs: could not derive the PostgreSQL schema from prisma/schema.prisma");
}
writeFileSync(`${root}prisma/postgresql/schema.prisma`, postgres);

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prisma = `${root}node_modules/prisma/build/index.js`;
for (const config of ["prisma.config.ts", "prisma.postgresql.config.ts"]) {
  execFileSync(process.execPath, [prisma, "generate", "--config", config], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log("Generated Prisma clients: generated/sqlite, generated/postgresql");
