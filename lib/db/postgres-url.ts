// No "server-only": the migration scripts and the benchmarks use this too.

/** What node-postgres needs to reach one of our PostgreSQL URLs. */
export interface PostgresConnection {
  /** The URL without `?schema=`, which node-postgres does not know. */
  connectionString: string;
  /** `?schema=NAME`, as Prisma reads it; undefined for the server's default search path. */
  schema: string | undefined;
  /** The startup options that put `schema` first on the search path. */
  options: string | undefined;
}

/**
 * Prisma's `?schema=NAME` becomes the connection's search path, so unqualified table names
 * resolve in that schema on every connection: Prisma's own pool and the programs' pool alike.
 */
export function postgresConnection(databaseUrl: string): PostgresConnection {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  return {
    connectionString: url.toString(),
    schema,
    options: schema ? `-c search_path=${schema}` : undefined,
  };
}
