import type { SchemaShape, TableShape } from "./schema-shape";

/** Tables the migration runner owns, not the models. */
const BOOKKEEPING = new Set(["_prisma_migrations"]);

/**
 * Every difference between the tables the models call for and the tables the migrations made,
 * one readable line each ("answers.newField: column missing in the database"); empty if none.
 */
export function describeDrift(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [name, table] of Object.entries(expected)) {
    const found = actual[name];
    if (found) problems.push(...tableDrift(name, table, found));
    else problems.push(`${name}: table missing in the database (no migration creates it)`);
  }
  for (const name of Object.keys(actual)) {
    if (!(name in expected) && !BOOKKEEPING.has(name)) {
      problems.push(`${name}: table in the database has no model`);
    }
  }
  return problems;
}

function tableDrift(name: string, expected: TableShape, actual: TableShape): string[] {
  const problems: string[] = [];
  for (const [column, shape] of Object.entries(expected.columns)) {
    const found = actual.columns[column];
    if (!found) {
      problems.push(`${name}.${column}: column missing in the database`);
      continue;
    }
    for (const key of ["type", "nullable", "default"] as const) {
      if (found[key] !== shape[key]) {
        problems.push(
          `${name}.${column}: ${key} is ${String(found[key])}, the model says ${String(shape[key])}`,
        );
      }
    }
  }
  for (const column of Object.keys(actual.columns)) {
    if (!(column in expected.columns))
      problems.push(`${name}.${column}: column in the database has no field`);
  }
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (!same(expected.primaryKey, actual.primaryKey)) {
    problems.push(
      `${name}: primary key is (${actual.primaryKey.join(", ")}), the model says (${expected.primaryKey.join(", ")})`,
    );
  }
  problems.push(
    ...listDrift(name, "index", expected.indexes, actual.indexes, (index) => JSON.stringify(index)),
  );
  problems.push(
    ...listDrift(name, "foreign key", expected.foreignKeys, actual.foreignKeys, (key) =>
      JSON.stringify(key),
    ),
  );
  return problems;
}

function listDrift<T>(
  table: string,
  what: string,
  expected: T[],
  actual: T[],
  key: (item: T) => string,
): string[] {
  const actualKeys = new Set(actual.map(key));
  const expectedKeys = new Set(expected.map(key));
  return [
    ...expected
      .filter((item) => !actualKeys.has(key(item)))
      .map((item) => `${table}: ${what} missing in the database: ${key(item)}`),
    ...actual
      .filter((item) => !expectedKeys.has(key(item)))
      .map((item) => `${table}: ${what} in the database not in the models: ${key(item)}`),
  ];
}
