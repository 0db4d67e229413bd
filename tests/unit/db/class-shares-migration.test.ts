// Shares used to be kept by email and matched on whoever signed in with it. The migration to
// shares by account keeps only those an instructor account already had when the share was made.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { describeBothProviders } from "@/tests/support/postgres";
import { migrationsCopy, realMigrations, removeMigrationCopies } from "./support/fixtures";
import { queryRows } from "./support/query";

const MIGRATION = "20261201100000_class_shares_by_account";
afterAll(() => removeMigrationCopies());

/** The real migrations up to (not including) MIGRATION and anything after it. */
function migrationsBefore(provider: string): string {
  const root = migrationsCopy(provider);
  for (const name of realMigrations(provider).filter((n) => n >= MIGRATION)) {
    rmSync(path.join(root, provider, name), { recursive: true });
  }
  return root;
}

await describeBothProviders("the shares-by-account migration", ({ provider, freshDatabaseUrl }) => {
  it("keeps shares to instructors who had the account first and drops the rest", async () => {
    const databaseUrl = freshDatabaseUrl();
    await applyMigrations({ databaseUrl, migrationsRoot: migrationsBefore(provider) });
    const at = (day: number) => `'2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z'`;
    const cast = provider === "postgresql" ? "::timestamp" : "";
    const user = (id: string, role: string, day: number) =>
      `('${id}', '${id}@x.test', '${role}', ${at(day)}${cast}, ${at(day)}${cast})`;
    await queryRows(
      databaseUrl,
      `INSERT INTO "users" ("id", "email", "role", "createdAt", "updatedAt") VALUES
       ${user("owner", "instructor", 1)}, ${user("early", "instructor", 2)},
       ${user("late", "instructor", 20)}, ${user("pupil", "learner", 2)}`,
    );
    await queryRows(
      databaseUrl,
      `INSERT INTO "classes" ("id", "name", "ownerId", "joinCode", "createdAt", "updatedAt")
       VALUES ('c1', 'C', 'owner', 'CODE1234', ${at(1)}${cast}, ${at(1)}${cast})`,
    );
    const share = (id: string, email: string) => `('${id}', 'c1', '${email}', ${at(10)}${cast})`;
    await queryRows(
      databaseUrl,
      `INSERT INTO "class_instructors" ("id", "classId", "email", "createdAt") VALUES
       ${share("s-early", "early@x.test")}, ${share("s-late", "late@x.test")},
       ${share("s-pupil", "pupil@x.test")}, ${share("s-nobody", "nobody@x.test")}`,
    );

    await applyMigrations({ databaseUrl });
    const rows = await queryRows<{ id: string; userId: string }>(
      databaseUrl,
      `SELECT "id", "userId" FROM "class_instructors" ORDER BY "id"`,
    );
    expect(rows).toEqual([{ id: "s-early", userId: "early" }]);
  });
});
