import "server-only";
import { AppError } from "@/lib/errors";
import type { DbLike } from "../prisma";

/** Who is asking: the signed-in instructor. */
export interface Actor {
  id: string;
  email: string | null;
}

/**
 * Prisma `where` for "classes this instructor owns or was shared with". Matched on the account,
 * never on the email: emails are not verified, so an address proves nothing.
 */
export function visibleTo(actor: Actor) {
  return { OR: [{ ownerId: actor.id }, { instructors: { some: { userId: actor.id } } }] };
}

export interface InstructorClass {
  id: string;
  name: string;
  joinCode: string;
  joinCodeRotatedAt: Date | null;
  joinCodeExpiresAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  ownerId: string;
  isOwner: boolean;
}

/**
 * The class if this instructor may see it. A class of someone else is reported exactly like a
 * missing one (404), so class ids cannot be probed.
 */
export async function instructorClass(
  db: DbLike,
  actor: Actor,
  classId: string,
): Promise<InstructorClass> {
  const found = await db.class.findFirst({
    where: { id: classId, ...visibleTo(actor) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeRotatedAt: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      createdAt: true,
      ownerId: true,
    },
  });
  if (!found)
    throw new AppError(404, "There is no such class among yours.", { classId: "not found" });
  return { ...found, isOwner: found.ownerId === actor.id };
}

/** Renaming, archiving and sharing stay with the owner; co-instructors teach and look. */
export async function ownedClass(db: DbLike, actor: Actor, classId: string) {
  const found = await instructorClass(db, actor, classId);
  if (!found.isOwner) {
    throw new AppError(403, "Only the class's owner can rename, archive or share it.");
  }
  return found;
}

/** A learner of this class; anyone else is a 404 (ids are not probeable). */
export async function enrolledLearner(db: DbLike, classId: string, learnerId: string) {
  const enrollment = await db.enrollment.findUnique({
    where: { classId_userId: { classId, userId: learnerId } },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (!enrollment) {
    throw new AppError(404, "There is no such learner in this class.", { learnerId: "not found" });
  }
  return { ...enrollment.user, joinedAt: enrollment.joinedAt };
}
