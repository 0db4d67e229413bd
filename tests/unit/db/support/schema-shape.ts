// One provider-neutral description of tables, built both from the models (expected) and from
// the migrated database (actual), so the two can be compared with a readable list of differences.

export interface ColumnShape {
  /** Upper case SQL type as the provider reports it, e.g. TEXT, DATETIME, TIMESTAMP(3). */
  type: string;
  nullable: boolean;
  /** Normalised default expression ('learner', 0, false, CURRENT_TIMESTAMP) or null. */
  default: string | null;
}

export interface IndexShape {
  name: string;
  columns: string[];
  unique: boolean;
}

export interface ForeignKeyShape {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT. */
  onDelete: string;
  onUpdate: string;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export type SchemaShape = Record<string, TableShape>;

/**
 * Puts indexes and foreign keys in a canonical order, and their keys too, so equal schemas
 * compare (and print) equal whichever introspection built them.
 */
export function canonicalTable(table: TableShape): TableShape {
  const indexes = table.indexes.map(({ name, columns, unique }) => ({ name, columns, unique }));
  const foreignKeys = table.foreignKeys.map(
    ({ columns, referencedTable, referencedColumns, onDelete, onUpdate }) => ({
      columns,
      referencedTable,
      referencedColumns,
      onDelete,
      onUpdate,
    }),
  );
  return {
    columns: table.columns,
    primaryKey: table.primaryKey,
    indexes: indexes.sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: foreignKeys.sort((a, b) => a.columns.join(",").localeCompare(b.columns.join(","))),
  };
}

/** Strips PostgreSQL's casts ('x'::text -> 'x') so defaults read the same on both providers. */
export function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  const withoutCast = /^('(?:[^']|'')*')::[a-z ]+(?:\(\d+(?:,\d+)?\))?$/i.exec(expression.trim());
  return withoutCast?.[1] ?? expression.trim();
}
