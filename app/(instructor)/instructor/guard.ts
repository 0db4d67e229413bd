import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current";
import { enrolledLearner, instructorClass } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Page access: no account -> sign in; a learner -> 404 (instructor pages do not exist for them);
 * a class or learner that is not this instructor's -> 404, as the API does.
 */
export async function pageInstructor(next: string) {
  const user = await getCurrentUser();
  if (!user || user.isGuest) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  if (user.role !== "instructor") notFound();
  return user;
}

async function or404<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export async function pageClass(classId: string, next: string) {
  const user = await pageInstructor(next);
  return { user, cls: await or404(instructorClass(db(), user, classId)) };
}

export async function pageLearner(classId: string, learnerId: string, next: string) {
  const { user, cls } = await pageClass(classId, next);
  return { user, cls, learner: await or404(enrolledLearner(db(), cls.id, learnerId)) };
}
