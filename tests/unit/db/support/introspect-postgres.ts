import pg from "pg";
import {
  canonicalTable,
  normaliseDefault,
  type SchemaShape,
  type TableShape,
} from "./schema-shape";

const ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

// pg_catalog rather than information_schema alone: it gives index column order, exact types
// with modifiers (timestamp(3)) and referential actions in one place. Names are cast to text
// because node-postgres does not parse arrays of the `name` type.
const COLUMNS = `
  SELECT c.relname AS table, a.attname AS column, upper(format_type(a.atttypid, a.atttypmod)) AS type,
         NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = $1
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

const INDEXES = `
  SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
         array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = $1`;

const FOREIGN_KEYS = `
  SELECT t.relname AS table, r.relname AS "referencedTable", f.confdeltype AS "onDelete", f.confupdtype AS "onUpdate",
         array(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
         array(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "referencedColumns"
  FROM pg_constraint f
  JOIN pg_class t ON t.oid = f.conrelid
  JOIN pg_class r ON r.oid = f.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = $1
  WHERE f.contype = 'f'`;

interface ColumnRow {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  default: string | null;
}
interface IndexRow {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  columns: string[];
}
interface ForeignKeyRow {
  table: string;
  referencedTable: string;
  onDelete: string;
  onUpdate: string;
  columns: string[];
  referencedColumns: string[];
}

/** Reads the tables of one schema (Prisma's `?schema=`, default public) from pg_catalog. */
export async function introspectPostgres(databaseUrl: string): Promise<SchemaShape> {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // One after another: node-postgres deprecates overlapping queries on one client.
    const columns = await client.query<ColumnRow>(COLUMNS, [schema]);
    const indexes = await client.query<IndexRow>(INDEXES, [schema]);
    const foreignKeys = await client.query<ForeignKeyRow>(FOREIGN_KEYS, [schema]);
    const tables: Record<string, TableShape> = {};
    const tableOf = (name: string): TableShape =>
      (tables[name] ??= { columns: {}, primaryKey: [], indexes: [], foreignKeys: [] });
    for (const row of columns.rows) {
      tableOf(row.table).columns[row.column] = {
        type: row.type,
        nullable: row.nullable,
        default: normaliseDefault(row.default),
      };
    }
    for (const row of indexes.rows) {
      if (row.primary) tableOf(row.table).primaryKey = row.columns;
      else
        tableOf(row.table).indexes.push({
          name: row.name,
          columns: row.columns,
          unique: row.unique,
        });
    }
    for (const { table, onDelete, onUpdate, ...key } of foreignKeys.rows) {
      tableOf(table).foreignKeys.push({
        ...key,
        onDelete: ACTIONS[onDelete] ?? onDelete,
        onUpdate: ACTIONS[onUpdate] ?? onUpdate,
      });
    }
    return Object.fromEntries(
      Object.entries(tables).map(([name, table]) => [name, canonicalTable(table)]),
    );
  } finally {
    await client.end();
  }
}
