// The drift guard: every migration applied to an empty database must give exactly the
// tables schema.prisma describes, on both providers, or the build fails with the differences.
import { beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { describeBothProviders } from "@/tests/support/postgres";
import { describeDrift } from "./support/drift";
import { loadDatamodel, type Datamodel } from "./support/dmmf";
import { expectedSchema } from "./support/expected-schema";
import { introspectPostgres } from "./support/introspect-postgres";
import { introspectSqlite } from "./support/introspect-sqlite";
import type { SchemaShape } from "./support/schema-shape";

let datamodel: Datamodel;
beforeAll(() => {
  datamodel = loadDatamodel();
});

await describeBothProviders("migrations match schema.prisma", ({ provider, freshDatabaseUrl }) => {
  let actual: SchemaShape;
  beforeAll(async () => {
    const databaseUrl = freshDatabaseUrl();
    await applyMigrations({ databaseUrl });
    actual =
      provider === "sqlite" ? introspectSqlite(databaseUrl) : await introspectPostgres(databaseUrl);
  });

  it("has every model, column, type, nullability, default, key, index and foreign key", () => {
    expect(describeDrift(expectedSchema(datamodel, provider), actual)).toEqual([]);
  });

  it("covers every model (the comparison is not vacuous)", () => {
    const tables = Object.keys(expectedSchema(datamodel, provider));
    expect(tables).toContain("users");
    expect(tables).toHaveLength(datamodel.models.length);
    expect(actual.answers?.indexes).toContainEqual({
      name: "answers_userId_idempotencyKey_key",
      columns: ["userId", "idempotencyKey"],
      unique: true,
    });
  });

  it("reports a field added to the models without a migration", () => {
    const doctored = structuredClone(datamodel);
    const user = doctored.models.find((model) => model.dbName === "users");
    user?.fields.push({
      name: "nickname",
      kind: "scalar",
      isList: false,
      isRequired: true,
      type: "String",
    });
    expect(describeDrift(expectedSchema(doctored, provider), actual)).toEqual([
      "users.nickname: column missing in the database",
    ]);
  });
});

describe("describeDrift", () => {
  const table = {
    columns: { id: { type: "TEXT", nullable: false, default: null } },
    primaryKey: ["id"],
    indexes: [{ name: "t_id_key", columns: ["id"], unique: true }],
    foreignKeys: [],
  };

  it("names each kind of difference", () => {
    const actual = {
      t: {
        ...table,
        columns: { id: { type: "INTEGER", nullable: true, default: null } },
        indexes: [{ name: "t_id_idx", columns: ["id"], unique: false }],
      },
      stray: table,
    };
    expect(describeDrift({ t: table, gone: table }, actual)).toEqual([
      "t.id: type is INTEGER, the model says TEXT",
      "t.id: nullable is true, the model says false",
      't: index missing in the database: {"name":"t_id_key","columns":["id"],"unique":true}',
      't: index in the database not in the models: {"name":"t_id_idx","columns":["id"],"unique":false}',
      "gone: table missing in the database (no migration creates it)",
      "stray: table in the database has no model",
    ]);
  });

  it("ignores _prisma_migrations", () => {
    expect(describeDrift({ t: table }, { t: table, _prisma_migrations: table })).toEqual([]);
  });
});
