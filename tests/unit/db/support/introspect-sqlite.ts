import Database from "better-sqlite3";
import { sqlitePathFromUrl } from "@/lib/db/migrate";
import {
  canonicalTable,
  normaliseDefault,
  type SchemaShape,
  type TableShape,
} from "./schema-shape";

interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface IndexRow {
  name: string;
  unique: number;
  origin: string;
}
interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string;
  on_update: string;
  on_delete: string;
}

/** Reads tables through SQLite's own catalogue pragmas (table_info, index_list, foreign_key_list). */
export function introspectSqlite(databaseUrl: string): SchemaShape {
  const db = new Database(sqlitePathFromUrl(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((name) => [name, readTable(db, name)]));
  } finally {
    db.close();
  }
}

function readTable(db: Database.Database, table: string): TableShape {
  const columnRows = db.pragma(`table_info("${table}")`) as ColumnRow[];
  const columns = Object.fromEntries(
    columnRows.map((row) => [
      row.name,
      {
        type: row.type.toUpperCase(),
        // SQLite lets a non-INTEGER primary key hold NULL unless NOT NULL is written; Prisma writes it.
        nullable: row.notnull === 0,
        default: normaliseDefault(row.dflt_value),
      },
    ]),
  );
  const primaryKey = columnRows
    .filter((row) => row.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((row) => row.name);
  const indexes = (db.pragma(`index_list("${table}")`) as IndexRow[])
    // "pk" is SQLite's automatic index for the primary key, already covered above.
    .filter((row) => row.origin !== "pk")
    .map((row) => ({
      name: row.name,
      unique: row.unique === 1,
      columns: (db.pragma(`index_info("${row.name}")`) as { seqno: number; name: string }[])
        .sort((a, b) => a.seqno - b.seqno)
        .map((column) => column.name),
    }));
  const keys = new Map<number, ForeignKeyRow[]>();
  for (const row of db.pragma(`foreign_key_list("${table}")`) as ForeignKeyRow[]) {
    keys.set(row.id, [...(keys.get(row.id) ?? []), row]);
  }
  const foreignKeys = [...keys.values()].map((rows) => {
    const ordered = [...rows].sort((a, b) => a.seq - b.seq);
    const first = ordered[0]!;
    return {
      columns: ordered.map((row) => row.from),
      referencedTable: first.table,
      referencedColumns: ordered.map((row) => row.to),
      onDelete: first.on_delete.toUpperCase(),
      onUpdate: first.on_update.toUpperCase(),
    };
  });
  return canonicalTable({ columns, primaryKey, indexes, foreignKeys });
}
