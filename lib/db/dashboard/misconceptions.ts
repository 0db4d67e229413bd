import "server-only";
import { num, readRows, sql, text } from "../sql";
import { classLearners, misconceptionRows, type DashboardDb } from "./context";

/** How many learners, answers and questions showed each misconception id, most learners first. */
export async function misconceptionCounts({ db, provider }: DashboardDb, classId: string) {
  const rows = await readRows(
    db,
    sql`
    SELECT j.value AS id, COUNT(DISTINCT a."userId") AS learners, COUNT(*) AS answers,
           COUNT(DISTINCT a."questionId") AS questions
    FROM answers a, ${misconceptionRows(provider)}
    WHERE a."userId" IN (${classLearners(classId)}) AND a.misconceptions <> '[]'
    GROUP BY j.value
    ORDER BY learners DESC, answers DESC, id`,
  );
  return rows.map((r) => ({
    id: text(r.id),
    learners: num(r.learners),
    answers: num(r.answers),
    questions: num(r.questions),
  }));
}
