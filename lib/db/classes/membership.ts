import "server-only";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "../errors";
import type { Db } from "../prisma";

/** A learner as the class pages see them. */
export interface Member {
  id: string;
  role: "learner" | "instructor";
  isGuest: boolean;
}

const dateText = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What a code opens, or why it opens nothing. Every refusal names the field and says what to
 * do next, because the person reading it is a learner holding a slide or a link.
 */
export async function classForCode(db: Db, code: string, now = new Date()) {
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      joinCodeExpiresAt: true,
      owner: { select: { name: true } },
    },
  });
  if (!found) {
    const retired = await db.retiredJoinCode.findUnique({
      where: { code },
      select: { code: true },
    });
    if (retired) {
      throw new AppError(
        422,
        "This join code was replaced by a new one. Ask your instructor for the current code.",
        {
          code: "replaced",
        },
      );
    }
    throw new AppError(404, `No class has the join code ${code}. Check it for typos.`, {
      code: "no such code",
    });
  }
  if (found.archivedAt) {
    throw new AppError(422, "This class is archived and no longer takes new learners.", {
      code: "class archived",
    });
  }
  if (found.joinCodeExpiresAt && found.joinCodeExpiresAt <= now) {
    throw new AppError(
      422,
      `This join code expired on ${dateText(found.joinCodeExpiresAt)}. Ask your instructor for a new one.`,
      { code: "expired" },
    );
  }
  return { id: found.id, name: found.name, instructorName: found.owner.name ?? "your instructor" };
}

function assertCanJoin(member: Member) {
  if (member.isGuest) {
    throw new AppError(403, "Create an account (your guest progress comes along) to join a class.");
  }
  if (member.role !== "learner") {
    throw new AppError(403, "Instructor accounts teach classes; sign in as a learner to join one.");
  }
}

/** Joins by code; joining twice is refused by name and never makes a second enrolment. */
export async function joinClass(db: Db, member: Member, code: string, now = new Date()) {
  assertCanJoin(member);
  const target = await classForCode(db, code, now);
  try {
    await db.enrollment.create({ data: { classId: target.id, userId: member.id } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(409, `You are already in ${target.name}.`, { code: "already joined" });
    }
    throw error;
  }
  return target;
}

export async function leaveClass(db: Db, learnerId: string, classId: string) {
  const { count } = await db.enrollment.deleteMany({ where: { classId, userId: learnerId } });
  if (count === 0) throw new AppError(404, "You are not in this class.", { classId: "not found" });
}

export async function learnerClasses(db: Db, learnerId: string) {
  const rows = await db.enrollment.findMany({
    where: { userId: learnerId },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      class: {
        select: { id: true, name: true, archivedAt: true, owner: { select: { name: true } } },
      },
    },
  });
  return rows.map(({ joinedAt, class: c }) => ({
    id: c.id,
    name: c.name,
    archived: c.archivedAt !== null,
    instructorName: c.owner.name ?? "",
    joinedAt,
  }));
}

/** One of the learner's classes; not theirs (or missing) is a 404. */
export async function learnerClass(db: Db, learnerId: string, classId: string) {
  const row = await db.enrollment.findUnique({
    where: { classId_userId: { classId, userId: learnerId } },
    select: {
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          owner: { select: { name: true } },
          _count: { select: { enrollments: true } },
        },
      },
    },
  });
  if (!row) throw new AppError(404, "You are not in this class.", { classId: "not found" });
  const { class: c } = row;
  return {
    id: c.id,
    name: c.name,
    archived: c.archivedAt !== null,
    instructorName: c.owner.name ?? "",
    learnerCount: c._count.enrollments,
    joinedAt: row.joinedAt,
  };
}
