import "server-only";
import { requireInstructor } from "@/lib/auth/current";
import { db } from "@/lib/db/client";
import { instructorClass } from "@/lib/db/classes";

export type ClassContext = { params: Promise<{ classId: string }> };
export type LearnerContext = { params: Promise<{ classId: string; learnerId: string }> };

/** 401 without a session, 403 for a learner, 404 for a class that is not the instructor's. */
export async function classOfInstructor(context: ClassContext) {
  const user = await requireInstructor();
  const { classId } = await context.params;
  return { user, cls: await instructorClass(db(), user, classId) };
}
