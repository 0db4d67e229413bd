import path from "node:path";
import { describe, expect, it } from "vitest";
import { sqlitePathFromUrl } from "@/lib/db/migrate";
import { sha256Hex } from "@/lib/db/migrations/files";
import { planMigrations } from "@/lib/db/migrations/plan";
import type { MigrationFile, MigrationRecord } from "@/lib/db/migrations/types";
import { postgresTarget } from "@/lib/db/migrations/url";

const file = (name: string, sql = `-- ${name}\n`): MigrationFile => ({
  name,
  path: `/m/${name}/migration.sql`,
  sql,
  checksum: sha256Hex(sql),
});
const record = (
  migration: MigrationFile,
  overrides: Partial<MigrationRecord> = {},
): MigrationRecord => ({
  migrationName: migration.name,
  checksum: migration.checksum,
  finishedAt: "2026-11-26T00:00:00.000+00:00",
  rolledBackAt: null,
  ...overrides,
});

describe("planMigrations", () => {
  const first = file("20260101000000_a");
  const second = file("20260102000000_b");

  it("runs what is not recorded, in folder order", () => {
    const plan = planMigrations([first, second], [record(first)]);
    expect(plan.pending.map((migration) => migration.name)).toEqual([second.name]);
    expect(plan.alreadyApplied).toEqual([first.name]);
  });

  it("runs a migration again after Prisma marked it rolled back", () => {
    const rolledBack = record(first, { finishedAt: null, rolledBackAt: "2026-11-26T00:00:00Z" });
    expect(planMigrations([first], [rolledBack]).pending).toEqual([first]);
  });

  it("accepts a file whose line endings changed, as Prisma does", () => {
    const lf = file("20260101000000_a", "SELECT 1;\nSELECT 2;\n");
    const crlf = { ...lf, sql: lf.sql.replace(/\n/g, "\r\n"), checksum: "ignored" };
    expect(planMigrations([crlf], [record(lf)]).alreadyApplied).toEqual([lf.name]);
  });

  it("reports recorded migrations that are not on disk", () => {
    expect(planMigrations([first], [record(first), record(second)]).unknown).toEqual([second.name]);
  });
});

describe("database URLs", () => {
  it("resolves a relative SQLite path against the working directory", () => {
    expect(sqlitePathFromUrl("file:./data/dev.db")).toBe(path.resolve("data/dev.db"));
    expect(sqlitePathFromUrl("file:/tmp/a.db?connection_limit=1")).toBe("/tmp/a.db");
    expect(sqlitePathFromUrl("file:///tmp/b.db")).toBe("/tmp/b.db");
  });

  it("takes Prisma's ?schema= off a PostgreSQL URL", () => {
    expect(postgresTarget("postgresql://u@h:5432/db?schema=s1&sslmode=disable")).toEqual({
      connectionString: "postgresql://u@h:5432/db?sslmode=disable",
      schema: "s1",
    });
  });
});
