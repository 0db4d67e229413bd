// What Prisma's migrations create for the models, per provider: the column types and the
// constraint names Prisma's schema engine uses (<table>_<columns>_key / _idx).
import type { Provider } from "@/lib/db/provider";
import type { Datamodel, DmmfDefault, DmmfField, DmmfModel } from "./dmmf";
import {
  canonicalTable,
  type ColumnShape,
  type SchemaShape,
  type TableShape,
} from "./schema-shape";

export type { Provider };

const COLUMN_TYPES: Record<Provider, Record<string, string>> = {
  sqlite: {
    String: "TEXT",
    Int: "INTEGER",
    BigInt: "BIGINT",
    Float: "REAL",
    Decimal: "DECIMAL",
    Boolean: "BOOLEAN",
    DateTime: "DATETIME",
    Bytes: "BLOB",
  },
  postgresql: {
    String: "TEXT",
    Int: "INTEGER",
    BigInt: "BIGINT",
    Float: "DOUBLE PRECISION",
    Decimal: "NUMERIC(65,30)",
    Boolean: "BOOLEAN",
    DateTime: "TIMESTAMP(3) WITHOUT TIME ZONE",
    Bytes: "BYTEA",
    Json: "JSONB",
  },
};

const ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function expectedSchema(datamodel: Datamodel, provider: Provider): SchemaShape {
  const byName = new Map(datamodel.models.map((model) => [model.name, model]));
  const entries = datamodel.models.map((model): [string, TableShape] => {
    const table = tableName(model);
    const scalars = model.fields.filter(
      (field) => field.kind === "scalar" || field.kind === "enum",
    );
    const columns: Record<string, ColumnShape> = {};
    for (const field of scalars) columns[columnName(field)] = column(model, field, provider);
    const columnsOf = (names: string[]): string[] =>
      names.map((name) => columnName(fieldOf(model, name)));

    const primaryKey = columnsOf(
      model.primaryKey?.fields ??
        scalars.filter((field) => isId(datamodel, model, field)).map((field) => field.name),
    );
    const indexes = datamodel.indexes
      .filter(
        (index) =>
          index.model === model.name && (index.type === "unique" || index.type === "normal"),
      )
      .map((index) => {
        const indexColumns = columnsOf(index.fields.map((field) => field.name));
        const suffix = index.type === "unique" ? "key" : "idx";
        return {
          name: index.dbName ?? `${table}_${indexColumns.join("_")}_${suffix}`,
          columns: indexColumns,
          unique: index.type === "unique",
        };
      });
    const foreignKeys = model.fields
      .filter((field) => field.kind === "object" && (field.relationFromFields?.length ?? 0) > 0)
      .map((field) => {
        const target = byName.get(field.type);
        if (!target) throw new Error(`${model.name}.${field.name}: unknown model ${field.type}`);
        const from = columnsOf(field.relationFromFields ?? []);
        // Prisma's defaults: SetNull for optional relations, Restrict for required ones; Cascade on update.
        const optional = (field.relationFromFields ?? []).some(
          (name) => !fieldOf(model, name).isRequired,
        );
        return {
          columns: from,
          referencedTable: tableName(target),
          referencedColumns: (field.relationToFields ?? []).map((name) =>
            columnName(fieldOf(target, name)),
          ),
          onDelete: action(field.relationOnDelete ?? (optional ? "SetNull" : "Restrict")),
          onUpdate: action(field.relationOnUpdate ?? "Cascade"),
        };
      });
    return [table, canonicalTable({ columns, primaryKey, indexes, foreignKeys })];
  });
  return Object.fromEntries(entries);
}

function column(model: DmmfModel, field: DmmfField, provider: Provider): ColumnShape {
  const where = `${model.name}.${field.name}`;
  // Native types (@db.VarChar(…)), enums and lists change the DDL; the schema uses none of them
  // ("portable types only"), so meeting one must extend this table rather than pass silently.
  if (field.nativeType)
    throw new Error(`${where}: native types are not covered by the drift test yet`);
  if (field.isList || field.kind === "enum")
    throw new Error(`${where}: lists and enums are not covered yet`);
  const type = COLUMN_TYPES[provider][field.type];
  if (!type)
    throw new Error(`${where}: no ${provider} column type known for Prisma type ${field.type}`);
  return { type, nullable: !field.isRequired, default: expectedDefault(where, field.default) };
}

/** The DEFAULT Prisma writes in the DDL; ids from cuid()/uuid() are made by the client, not the database. */
function expectedDefault(where: string, value: DmmfDefault | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value.name === "now") return "CURRENT_TIMESTAMP";
  if (["cuid", "uuid", "nanoid", "ulid"].includes(value.name)) return null;
  if (value.name === "dbgenerated" && typeof value.args[0] === "string") return value.args[0];
  throw new Error(`${where}: default ${value.name}() is not covered by the drift test yet`);
}

function isId(datamodel: Datamodel, model: DmmfModel, field: DmmfField): boolean {
  return datamodel.indexes.some(
    (index) =>
      index.model === model.name &&
      index.type === "id" &&
      index.fields.length === 1 &&
      index.fields[0]?.name === field.name,
  );
}

function action(referentialAction: string): string {
  const sql = ACTIONS[referentialAction];
  if (!sql) throw new Error(`Unknown referential action ${referentialAction}`);
  return sql;
}

function fieldOf(model: DmmfModel, name: string): DmmfField {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${model.name} has no field ${name}`);
  return field;
}

const tableName = (model: DmmfModel): string => model.dbName ?? model.name;
const columnName = (field: DmmfField): string => field.dbName ?? field.name;
