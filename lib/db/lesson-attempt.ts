import "server-only";
import { attemptView, type AttemptView } from "./attempts";
import { db } from "./client";

/** The learner's open pass through a lesson, if any (viewing a lesson never creates one). */
export async function openLessonAttempt(
  userId: string,
  lessonId: string,
): Promise<AttemptView | null> {
  const open = await db().quizAttempt.findFirst({
    where: { userId, lessonId, kind: "lesson" },
    orderBy: { updatedAt: "desc" },
    select: { id: true },
  });
  return open ? attemptView(userId, open.id) : null;
}
