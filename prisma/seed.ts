import { hashPassword } from "@/lib/auth/password";
import { lessons } from "@/lib/content/lessons";
import type { Db, DbTx } from "@/lib/db/prisma";

/**
 * Demo data: an instructor with a class, a dozen learners with varied, plausible progress (so
 * the dashboards have something to show), and a learner to sign in as. Deterministic (seeded
 * generator, fixed clock offsets) and idempotent: a second run finds the instructor and stops.
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

/** Misconceptions a wrong answer can reveal, per lesson (ids shared with the question bank). */
const MISCONCEPTIONS: Record<string, string[]> = {
  "what-problem-lstm-solves": ["lstm-stores-everything", "rnn-cannot-remember-at-all"],
  "why-lstm-solves-vanishing-gradients": [
    "gates-remove-all-multiplication",
    "forget-gate-always-one",
  ],
  "how-lstm-handles-exploding-gradients": ["lstm-never-explodes", "clipping-fixes-vanishing"],
  "how-to-fix-vanishing-gradients": ["relu-alone-fixes-rnns", "residual-adds-parameters"],
  "why-lstm-gradients-do-not-vanish-backward": ["truncation-is-modern-practice", "cec-has-gates"],
};

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

export async function seedDemoData(db: Db, now = new Date()): Promise<"seeded" | "already-seeded"> {
  const existing = await db.user.findUnique({
    where: { email: DEMO_LOGINS.instructor.email },
    select: { id: true },
  });
  if (existing) return "already-seeded";

  const [instructorHash, learnerHash] = await Promise.all([
    hashPassword(DEMO_LOGINS.instructor.password),
    hashPassword(DEMO_LEARNER_PASSWORD),
  ]);

  await db.$transaction(
    async (tx) => {
      const instructor = await tx.user.create({
        data: {
          ...omitPassword(DEMO_LOGINS.instructor),
          role: "instructor",
          passwordHash: instructorHash,
        },
      });
      const demoClass = await tx.class.create({ data: { ...DEMO_CLASS, ownerId: instructor.id } });
      const random = generator(2026);
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
      for (const learner of learners) {
        const user = await tx.user.create({
          data: {
            name: learner.name,
            email: learner.email,
            role: "learner",
            passwordHash: learnerHash,
          },
        });
        await tx.enrollment.create({ data: { classId: demoClass.id, userId: user.id } });
        await seedProgress(tx, user.id, learner.skill, learner.activeDaysAgo, random, now);
      }
    },
    { timeout: 30_000 },
  );
  return "seeded";
}

function omitPassword<T extends { password: string }>(login: T): Omit<T, "password"> {
  const { password: _password, ...rest } = login;
  return rest;
}

async function seedProgress(
  tx: DbTx,
  userId: string,
  skill: number,
  activeDaysAgo: number,
  random: () => number,
  now: Date,
): Promise<void> {
  const lessonCount = 1 + Math.floor(skill * lessons.length);
  for (const [lessonIndex, lesson] of lessons.slice(0, lessonCount).entries()) {
    const startedAt = new Date(now.getTime() - (activeDaysAgo + 14 - lessonIndex * 2) * DAY);
    const attempt = await tx.quizAttempt.create({
      data: { userId, lessonId: lesson.id, startedAt, currentQuestionId: `${lesson.id}/q4` },
    });
    let correctCount = 0;
    for (let q = 1; q <= 4; q += 1) {
      const questionId = `${lesson.id}/q${q}`;
      const hintsUsed = random() > skill ? 1 + Math.floor(random() * 2) : 0;
      const correct = random() < skill + 0.1 * hintsUsed;
      const misconceptions = correct ? [] : [pick(MISCONCEPTIONS[lesson.id] ?? [], random)];
      if (correct) correctCount += 1;
      const at = new Date(startedAt.getTime() + q * 5 * 60_000);
      await tx.answer.create({
        data: {
          attemptId: attempt.id,
          userId,
          questionId,
          payload: JSON.stringify({ demo: true }),
          correct,
          score: correct ? (hintsUsed > 0 ? 0.75 : 1) : 0,
          tryNumber: 1,
          hintsUsed,
          timeTakenMs: 20_000 + Math.floor(random() * 100_000),
          idempotencyKey: `seed-${userId}-${questionId}`,
          misconceptions: JSON.stringify(misconceptions),
          createdAt: at,
        },
      });
      await tx.reviewCard.create({
        data: {
          userId,
          questionId,
          due: new Date(at.getTime() + (correct ? 4 : 1) * DAY),
          stability: correct ? 4 : 1,
          difficulty: correct ? 4.5 : 6.5,
          elapsedDays: 0,
          scheduledDays: correct ? 4 : 1,
          reps: 1,
          lapses: correct ? 0 : 1,
          state: correct ? 2 : 1,
          lastReview: at,
        },
      });
    }
    if (lessonIndex < lessonCount - 1) {
      await tx.quizAttempt.update({
        where: { id: attempt.id },
        data: { completedAt: new Date(startedAt.getTime() + 30 * 60_000), currentQuestionId: null },
      });
    }
    for (const conceptId of lesson.concepts) {
      await tx.conceptMastery.upsert({
        where: { userId_conceptId: { userId, conceptId } },
        create: {
          userId,
          conceptId,
          pKnown: 0.2 + 0.75 * (correctCount / 4),
          attempts: 4,
          correct: correctCount,
        },
        update: { attempts: { increment: 4 }, correct: { increment: correctCount } },
      });
    }
  }
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}
