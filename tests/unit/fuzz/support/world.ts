// A small seeded world for the fuzz and injection suites: one instructor owning a class that a
// co-instructor shares and a learner has joined, the learner's quiz attempt and tutor
// conversation. Generated inputs draw its real ids now and then so that they get past the
// "not found" checks and reach the code behind them.
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { questionsForLesson } from "@/lib/content";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import type { Db } from "@/lib/db/prisma";
import { useMigratedDatabase as migratedDatabase } from "@/tests/support/use-database";

export const FUZZ_SECRET = "fuzz-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
export const LESSON_ID = "what-problem-lstm-solves";
export const JOIN_CODE = "FUZZ2026";

export type Role = "anonymous" | "guest" | "learner" | "instructor" | "co-instructor";
export const ROLES: readonly Role[] = [
  "anonymous",
  "guest",
  "learner",
  "instructor",
  "co-instructor",
];

/** Roles weighted toward the signed-in ones whose requests reach the most code. */
export const ROLE_WEIGHTS: Readonly<Record<Role, number>> = {
  anonymous: 1,
  guest: 1,
  learner: 3,
  instructor: 3,
  "co-instructor": 1,
};

export interface World {
  db: Db;
  ids: {
    learnerId: string;
    instructorId: string;
    classId: string;
    attemptId: string;
    conversationId: string;
    questionIds: string[];
  };
  /** A fresh session for the role (sign-out and sign-up delete sessions, so none is reused). */
  cookiesFor(role: Role): Promise<Record<string, string>>;
}

/**
 * The app reads AUTH_SECRET and DATABASE_URL (for the SQL dialect) through env(); the built-in
 * tutor must not call a model. Suites mock env() to reread process.env (next-state.ts).
 */
function prepareEnv(databaseUrl: string): void {
  process.env.AUTH_SECRET = FUZZ_SECRET;
  process.env.DATABASE_URL = databaseUrl;
  for (const key of Object.keys(process.env)) {
    if (key.startsWith("TUTOR_LLM_")) delete process.env[key];
  }
}

export async function createWorld(databaseUrl: string): Promise<World> {
  prepareEnv(databaseUrl);
  const db = await migratedDatabase(databaseUrl);
  const learner = await db.user.create({
    data: { email: "learner@fuzz.test", name: "Fuzz Learner", role: "learner" },
  });
  const instructor = await db.user.create({
    data: { email: "owner@fuzz.test", name: "Fuzz Owner", role: "instructor" },
  });
  const colleague = await db.user.create({
    data: { email: "colleague@fuzz.test", name: "Fuzz Colleague", role: "instructor" },
  });
  const cls = await db.class.create({
    data: { name: "Fuzz class", ownerId: instructor.id, joinCode: JOIN_CODE },
  });
  await db.classInstructor.create({ data: { classId: cls.id, userId: colleague.id } });
  await db.enrollment.create({ data: { classId: cls.id, userId: learner.id } });
  const { attemptId } = await startOrResumeAttempt(learner.id, LESSON_ID);
  const conversation = await db.tutorConversation.create({
    data: {
      userId: learner.id,
      title: "Fuzz conversation",
      messages: { create: [{ role: "user", content: "why do gradients vanish?" }] },
    },
  });
  const userOf: Record<Exclude<Role, "anonymous" | "guest">, string> = {
    learner: learner.id,
    instructor: instructor.id,
    "co-instructor": colleague.id,
  };
  return {
    db,
    ids: {
      learnerId: learner.id,
      instructorId: instructor.id,
      classId: cls.id,
      attemptId,
      conversationId: conversation.id,
      questionIds: questionsForLesson(LESSON_ID).map((q) => q.id),
    },
    async cookiesFor(role): Promise<Record<string, string>> {
      if (role === "anonymous") return {};
      const userId =
        role === "guest"
          ? (await db.user.create({ data: { isGuest: true, role: "learner", name: "Guest" } })).id
          : userOf[role];
      const { token } = await createSession(db, userId, FUZZ_SECRET);
      return { [SESSION_COOKIE]: token };
    },
  };
}
