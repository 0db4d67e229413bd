import "server-only";
import { getLesson } from "@/lib/content";
import { num, Prisma, type DashboardDb } from "./context";

export interface TopicRow {
  /** A lesson id (or "off-topic"), from the tutor's topicOf at the time of asking. */
  topic: string;
  label: string;
  questions: number;
  learners: number;
}

/**
 * What the class's learners asked the tutor since joining it, by topic, most asked first (what
 * they asked before joining stays theirs, as in the drill-down).
 */
export async function tutorTopics({ db }: DashboardDb, classId: string): Promise<TopicRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT m.topic AS topic, COUNT(*) AS questions, COUNT(DISTINCT c."userId") AS learners
    FROM tutor_messages m JOIN tutor_conversations c ON c.id = m."conversationId"
    JOIN enrollments e ON e."userId" = c."userId" AND e."classId" = ${classId}
    WHERE m.role = 'user' AND m.topic IS NOT NULL AND m."createdAt" >= e."joinedAt"
    GROUP BY m.topic
    ORDER BY questions DESC, topic`);
  return rows.map((r) => {
    const topic = String(r.topic);
    return {
      topic,
      label: getLesson(topic)?.title ?? (topic === "off-topic" ? "Outside the course" : topic),
      questions: num(r.questions),
      learners: num(r.learners),
    };
  });
}
