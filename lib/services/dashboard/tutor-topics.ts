import "server-only";
import { getLesson } from "@/lib/content";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { topicCounts } from "@/lib/db/dashboard/tutor-topics";

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
export async function tutorTopics(ctx: DashboardDb, classId: string): Promise<TopicRow[]> {
  const rows = await topicCounts(ctx, classId);
  return rows.map(({ topic, questions, learners }) => ({
    topic,
    label: getLesson(topic)?.title ?? (topic === "off-topic" ? "Outside the course" : topic),
    questions,
    learners,
  }));
}
