import type { DbLike } from "../prisma";
import type { Program, Row } from "./program";

/** Runs a program through Prisma (PostgreSQL), awaiting each statement in turn. */
export async function runOnPrisma<T>(client: DbLike, program: () => Program<T>): Promise<T> {
  const steps = program();
  let next = steps.next([]);
  while (!next.done) {
    const { text, values } = next.value;
    let n = 0;
    // Our statements have no "?" but their placeholders (no JSON operators, no literals with it).
    const numbered = text.replace(/\?/g, () => `$${++n}`);
    const rows = /^\s*(SELECT|WITH)\b/i.test(text)
      ? await client.$queryRawUnsafe<Row[]>(numbered, ...values)
      : (await client.$executeRawUnsafe(numbered, ...values), []);
    next = steps.next(rows);
  }
  return next.value;
}
