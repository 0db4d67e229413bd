import "server-only";
import { getMisconception } from "@/lib/content";
import { classLearners, misconceptionRows, num, Prisma, type DashboardDb } from "./context";

export interface MisconceptionRow {
  id: string;
  label: string;
  correction: string | null;
  learners: number;
  answers: number;
  questions: number;
}

/** Misconceptions by how many of the class's learners showed them (any answer, any kind). */
export async function rankedMisconceptions(
  { db, provider }: DashboardDb,
  classId: string,
): Promise<MisconceptionRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT j.value AS id, COUNT(DISTINCT a."userId") AS learners, COUNT(*) AS answers,
           COUNT(DISTINCT a."questionId") AS questions
    FROM answers a, ${misconceptionRows(provider)}
    WHERE a."userId" IN (${classLearners(classId)}) AND a.misconceptions <> '[]'
    GROUP BY j.value
    ORDER BY learners DESC, answers DESC, id`);
  return rows.map((r) => {
    const id = String(r.id);
    const known = getMisconception(id);
    return {
      id,
      label: known?.label ?? id,
      correction: known?.correction ?? null,
      learners: num(r.learners),
      answers: num(r.answers),
      questions: num(r.questions),
    };
  });
}
