import { hashPassword } from "@/lib/auth/password";
import { questionsForLesson, SEED_LESSON_IDS } from "@/lib/content";
import { db } from "@/lib/db/client";
import { instantiateQuestion } from "@/lib/learning/grading";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { revealHint, submitAnswer } from "@/lib/services/quiz";
import { instanceSeed } from "@/lib/services/quiz/seed";
import { demoExploration } from "./seed-explorations";
import { demoResponse } from "./seed-responses";

/**
 * Demo data: an instructor with a class, a dozen learners with varied, plausible progress (so
 * the dashboards have something to show), and a learner to sign in as. Deterministic (seeded
 * generator, fixed clock offsets) and idempotent: a second run finds the instructor and stops.
 *
 * Progress goes through the app's own path (lib/services: start a lesson, take hints, submit
 * answers) with the clock set to each answer's day, so answers, mastery, review cards and
 * attempt positions are exactly what a learner clicking through would have left; each learner
 * joins the class a day before their first lesson. About a third of the first tries come after
 * some slider moves on the lesson's plot (prisma/seed-explorations.ts), so the drill-down's
 * timelines and item analysis's "explored before answering" have something to show. Runs on the process's client (`db()`);
 * scripts run it under the react-server condition, as the server does.
 */

export const DEMO_LOGINS = {
  instructor: {
    email: "instructor@demo.test",
    password: "instructor-demo-1",
    name: "Dr Ada Byron",
  },
  learner: { email: "learner@demo.test", password: "learner-demo-1", name: "Demo Learner" },
} as const;
export const DEMO_CLASS = { name: "Sequence Models, autumn cohort", joinCode: "DEMO2026" } as const;
const DEMO_LEARNER_PASSWORD = "learner-demo-1";

const LEARNER_NAMES = [
  "Amara Okafor",
  "Bao Tran",
  "Carlos Mendes",
  "Dana Levi",
  "Elif Demir",
  "Farid Haddad",
  "Greta Lind",
  "Hiro Sato",
  "Ines Duarte",
  "Jonas Weber",
  "Kavya Rao",
  "Liam Byrne",
];

/** mulberry32: small, seeded, good enough for demo variety. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

export async function seedDemoData(now = new Date()): Promise<"seeded" | "already-seeded"> {
  const existing = await db().user.findUnique({
    where: { email: DEMO_LOGINS.instructor.email },
    select: { id: true },
  });
  if (existing) return "already-seeded";

  const [instructorHash, learnerHash] = await Promise.all([
    hashPassword(DEMO_LOGINS.instructor.password),
    hashPassword(DEMO_LEARNER_PASSWORD),
  ]);
  const random = generator(2026);
  // Slider moves draw from their own generator, so adding them left the other demo data as it was.
  const explorer = generator(1997);
  const learners = [
    { ...omitPassword(DEMO_LOGINS.learner), skill: 0.6, activeDaysAgo: 0 },
    ...LEARNER_NAMES.map((name, i) => ({
      name,
      email: `learner${String(i + 1).padStart(2, "0")}@demo.test`,
      // A spread from struggling to strong, and two who stopped coming a while ago.
      skill: 0.25 + (0.7 * i) / (LEARNER_NAMES.length - 1),
      activeDaysAgo: i === 2 || i === 7 ? 9 + i : Math.floor(random() * 4),
    })),
  ];
  const plans = learners.map((learner) => ({ ...learner, ...lessonPlan(learner, now) }));
  const firstDay = Math.min(...plans.map((p) => p.starts[0]?.getTime() ?? now.getTime()));
  const { demoClassId } = await db().$transaction(async (tx) => {
    const instructor = await tx.user.create({
      data: {
        ...omitPassword(DEMO_LOGINS.instructor),
        role: "instructor",
        passwordHash: instructorHash,
        createdAt: new Date(firstDay - 7 * DAY),
      },
    });
    const demoClass = await tx.class.create({
      data: { ...DEMO_CLASS, ownerId: instructor.id, createdAt: new Date(firstDay - 7 * DAY) },
    });
    return { demoClassId: demoClass.id };
  });
  for (const plan of plans) {
    const joinedAt = new Date((plan.starts[0]?.getTime() ?? now.getTime()) - DAY);
    const user = await db().user.create({
      data: {
        name: plan.name,
        email: plan.email,
        role: "learner",
        passwordHash: learnerHash,
        createdAt: joinedAt,
      },
    });
    await db().enrollment.create({ data: { classId: demoClassId, userId: user.id, joinedAt } });
    await seedProgress(user.id, plan.skill, plan.starts, { random, explorer });
  }
  return "seeded";
}

/** When each of a learner's lessons starts: two days apart, the last `activeDaysAgo` days ago. */
function lessonPlan(learner: { skill: number; activeDaysAgo: number }, now: Date) {
  const lessonCount = 1 + Math.floor(learner.skill * SEED_LESSON_IDS.length);
  const starts = Array.from(
    { length: lessonCount },
    (_, lessonIndex) =>
      new Date(now.getTime() - (learner.activeDaysAgo + 2 * (lessonCount - lessonIndex)) * DAY),
  );
  return { starts };
}

function omitPassword<T extends { password: string }>(login: T): Omit<T, "password"> {
  const { password: _password, ...rest } = login;
  return rest;
}

async function seedProgress(
  userId: string,
  skill: number,
  starts: readonly Date[],
  { random, explorer }: { random: () => number; explorer: () => number },
): Promise<void> {
  for (const [lessonIndex, lessonId] of SEED_LESSON_IDS.slice(0, starts.length).entries()) {
    const startedAt = starts[lessonIndex] ?? new Date();
    const { attemptId } = await startOrResumeAttempt(userId, lessonId, false, startedAt);
    const lessonQuestions = questionsForLesson(lessonId);
    // The newest lesson is left part-way through, so "continue where I left off" has a target.
    const answered =
      lessonIndex === starts.length - 1
        ? Math.ceil(lessonQuestions.length / 2)
        : lessonQuestions.length;
    let at = startedAt.getTime();
    for (const question of lessonQuestions.slice(0, answered)) {
      const instance = instantiateQuestion(question, instanceSeed(attemptId, question.id));
      const hintsUsed =
        random() > skill ? Math.min(question.hints.length, 1 + Math.floor(random() * 2)) : 0;
      for (let hintIndex = 0; hintIndex < hintsUsed; hintIndex += 1) {
        at += 20_000;
        await revealHint(
          userId,
          { attemptId, questionId: question.id, hintIndex },
          "quiz",
          new Date(at),
        );
      }
      for (let tryNumber = 1; ; tryNumber += 1) {
        at += (30 + Math.floor(random() * 150)) * 1000;
        const knows = random() < skill + 0.15 * (tryNumber - 1) + 0.05 * hintsUsed;
        // In this order: the main generator's draws are those of the data before explorations.
        const response = demoResponse(instance, knows, random);
        const timeTakenMs = 15_000 + Math.floor(random() * 120_000 * (1.5 - skill));
        const exploration = demoExploration(question, { skill, tryNumber, timeTakenMs }, explorer);
        const outcome = await submitAnswer(
          userId,
          {
            attemptId,
            questionId: question.id,
            response,
            idempotencyKey: `seed-${attemptId}-${question.id}-${tryNumber}`,
            timeTakenMs,
            tryNumber,
            ...(exploration.length > 0 ? { exploration } : {}),
          },
          { now: new Date(at) },
        );
        if (outcome.finished) break;
      }
    }
  }
}
