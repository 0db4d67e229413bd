import "server-only";
import { AppError } from "@/lib/http/errors";
import { isUniqueViolation } from "../errors";
import type { Db } from "../prisma";
import { instructorClass, ownedClass, visibleTo, type Actor } from "./access";
import { freshJoinCode } from "./codes";
import type { CreateClassInput, RotateCodeInput, UpdateClassInput } from "@/lib/contracts/classes";

const DAY_MS = 86_400_000;

/** Classes the instructor owns or shares, active first, with learner counts. */
export async function instructorClasses(db: Db, actor: Actor) {
  const rows = await db.class.findMany({
    where: visibleTo(actor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      ownerId: true,
      owner: { select: { name: true, email: true } },
      _count: { select: { enrollments: true } },
    },
  });
  return rows.map(({ _count, owner, ...c }) => ({
    ...c,
    isOwner: c.ownerId === actor.id,
    ownerName: owner.name ?? owner.email ?? "",
    learnerCount: _count.enrollments,
  }));
}

export async function createClass(db: Db, actor: Actor, input: CreateClassInput) {
  // A concurrent create could take the same code between the check and the insert: retry.
  for (let tries = 0; ; tries += 1) {
    try {
      return await db.class.create({
        data: { name: input.name, ownerId: actor.id, joinCode: await freshJoinCode(db) },
        select: { id: true, name: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 3) throw error;
    }
  }
}

export async function updateClass(db: Db, actor: Actor, classId: string, input: UpdateClassInput) {
  await ownedClass(db, actor, classId);
  return db.class.update({
    where: { id: classId },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.archived !== undefined ? { archivedAt: input.archived ? new Date() : null } : {}),
    },
    select: { id: true, name: true, archivedAt: true },
  });
}

/**
 * A new code (and so a new link); the old one is kept as retired so that anyone using it is
 * told it was replaced. Co-instructors may rotate: a leaked code is an emergency.
 */
export async function rotateJoinCode(
  db: Db,
  actor: Actor,
  classId: string,
  input: RotateCodeInput,
  now = new Date(),
) {
  const current = await instructorClass(db, actor, classId);
  return db.$transaction(async (tx) => {
    const joinCode = await freshJoinCode(tx);
    await tx.retiredJoinCode.create({
      data: { code: current.joinCode, classId, retiredAt: now },
    });
    return tx.class.update({
      where: { id: classId },
      data: {
        joinCode,
        joinCodeRotatedAt: now,
        joinCodeExpiresAt:
          input.expiresInDays > 0 ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
      },
      select: { id: true, joinCode: true, joinCodeRotatedAt: true, joinCodeExpiresAt: true },
    });
  });
}

export async function coInstructors(db: Db, classId: string) {
  const rows = await db.classInstructor.findMany({
    where: { classId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, user: { select: { email: true, name: true } } },
  });
  return rows.map(({ createdAt, user }) => ({
    email: user.email ?? "",
    name: user.name,
    createdAt,
  }));
}

/**
 * The one answer for "no instructor account has this email", whether the address is unknown or
 * a learner's, so that sharing cannot be used to find out who has an account of which kind.
 */
function noInstructorAccount(email: string): AppError {
  return new AppError(
    422,
    `No instructor account uses ${email}. Ask your colleague to sign up as an instructor, then share the class again.`,
    { email: "no instructor account" },
  );
}

/**
 * Shares the class with an existing instructor account. A share never waits for a future
 * sign-up: emails are not verified here, so whoever signed up with the address would get it.
 */
export async function shareClass(db: Db, actor: Actor, classId: string, email: string) {
  await ownedClass(db, actor, classId);
  if (email === actor.email?.toLowerCase()) {
    throw new AppError(422, "You own this class already; enter a colleague's email.", {
      email: "that is you",
    });
  }
  const colleague = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, isGuest: true },
  });
  if (!colleague || colleague.role !== "instructor" || colleague.isGuest) {
    throw noInstructorAccount(email);
  }
  try {
    const share = await db.classInstructor.create({
      data: { classId, userId: colleague.id },
      select: { createdAt: true },
    });
    return { email, name: colleague.name, createdAt: share.createdAt };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(409, `This class is already shared with ${email}.`, {
        email: "already shared",
      });
    }
    throw error;
  }
}

export async function unshareClass(db: Db, actor: Actor, classId: string, email: string) {
  await ownedClass(db, actor, classId);
  const { count } = await db.classInstructor.deleteMany({ where: { classId, user: { email } } });
  if (count === 0) {
    throw new AppError(404, `This class is not shared with ${email}.`, { email: "not shared" });
  }
}

/** Learners of a class, by name, with when they joined. */
export async function roster(db: Db, classId: string) {
  const rows = await db.enrollment.findMany({
    where: { classId },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map(({ joinedAt, user }) => ({ ...user, joinedAt }));
}

/**
 * Takes a learner out of the class. Their answers stay theirs (they belong to the learner, not
 * the class); they vanish from this class's dashboard. They may rejoin with the current code,
 * so rotate it too if they must not come back.
 */
export async function removeLearner(db: Db, actor: Actor, classId: string, learnerId: string) {
  await instructorClass(db, actor, classId);
  const { count } = await db.enrollment.deleteMany({ where: { classId, userId: learnerId } });
  if (count === 0) {
    throw new AppError(404, "There is no such learner in this class.", { learnerId: "not found" });
  }
}
