import "server-only";
import { num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";

/** Questions asked of the tutor by the class's learners since joining, per topic. */
export async function topicCounts({ db }: DashboardDb, classId: string) {
  const rows = await readRows(
    db,
    sql`
    SELECT m.topic AS topic, COUNT(*) AS questions, COUNT(DISTINCT c."userId") AS learners
    FROM tutor_messages m JOIN tutor_conversations c ON c.id = m."conversationId"
    JOIN enrollments e ON e."userId" = c."userId" AND e."classId" = ${classId}
    WHERE m.role = 'user' AND m.topic IS NOT NULL AND m."createdAt" >= e."joinedAt"
    GROUP BY m.topic
    ORDER BY questions DESC, topic`,
  );
  return rows.map((r) => ({
    topic: text(r.topic),
    questions: num(r.questions),
    learners: num(r.learners),
  }));
}
