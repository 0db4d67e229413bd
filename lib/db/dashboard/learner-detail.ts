import "server-only";
import type { DashboardDb } from "./context";

/**
 * One learner's own rows for the drill-down: attempts with answers, mastery cells, and the tutor
 * conversations with messages from `joinedAt` on (earlier ones are private to the learner).
 */
export async function learnerRecord(
  { db }: DashboardDb,
  learnerId: string,
  joinedAt: Date,
  conversationsShown: number,
) {
  const sinceJoining = { createdAt: { gte: joinedAt } };
  const [attempts, mastery, conversations] = await Promise.all([
    db.quizAttempt.findMany({
      where: { userId: learnerId },
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        lessonId: true,
        kind: true,
        startedAt: true,
        completedAt: true,
        answers: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            questionId: true,
            payload: true,
            correct: true,
            score: true,
            tryNumber: true,
            hintsUsed: true,
            timeTakenMs: true,
            misconceptions: true,
            createdAt: true,
          },
        },
      },
    }),
    db.conceptMastery.findMany({
      where: { userId: learnerId },
      select: { conceptId: true, pKnown: true, attempts: true, correct: true },
    }),
    db.tutorConversation.findMany({
      where: { userId: learnerId, messages: { some: sinceJoining } },
      orderBy: { updatedAt: "desc" },
      take: conversationsShown,
      select: {
        id: true,
        title: true,
        lessonId: true,
        createdAt: true,
        messages: {
          where: sinceJoining,
          orderBy: { createdAt: "asc" },
          select: { id: true, role: true, content: true, topic: true, createdAt: true },
        },
      },
    }),
  ]);

  return { attempts, mastery, conversations };
}
