import "server-only";
import { num, readRows, sql, text, textOrNull } from "../sql";
import { classLearners, type DashboardDb } from "./context";

/**
 * The class's learners by name, and every stored mastery cell of theirs: two grouped reads as
 * rows (a class of thousands is thousands of learners and tens of thousands of cells, which
 * Prisma's objects would cost a millisecond per few hundred of).
 */
export async function heatmapRows({ db }: DashboardDb, classId: string) {
  const [memberRows, cellRows] = await Promise.all([
    readRows(
      db,
      sql`
      SELECT u.id, u.name, u.email FROM enrollments e JOIN users u ON u.id = e."userId"
      WHERE e."classId" = ${classId}
      ORDER BY u.name, e."userId"`,
    ),
    readRows(
      db,
      sql`
      SELECT "userId", "conceptId", "pKnown", attempts, correct FROM concept_mastery
      WHERE "userId" IN (${classLearners(classId)})`,
    ),
  ]);
  return {
    members: memberRows.map((r) => ({
      user: { id: text(r.id), name: textOrNull(r.name), email: textOrNull(r.email) },
    })),
    cells: cellRows.map((r) => ({
      userId: text(r.userId),
      conceptId: text(r.conceptId),
      pKnown: num(r.pKnown),
      attempts: num(r.attempts),
      correct: num(r.correct),
    })),
  };
}
