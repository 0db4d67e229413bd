import { hashPassword } from "@/lib/auth/password";
import { questionsForLesson, SEED_LESSON_IDS } from "@/lib/content";
import { canRetry, creditFor, MAX_TRIES } from "@/lib/learning/credit";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { applyAnswerToConcepts, type MasteryState } from "@/lib/learning/mastery";
import {
  newReviewCard,
  ratingForAnswer,
  scheduleReview,
  type ReviewCardState,
} from "@/lib/learning/review";
import { instanceSeed } from "@/lib/services/quiz/seed";
import { demoResponse } from "./seed-responses";
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
  let mastery: MasteryState = {};
  const cards = new Map<string, ReviewCardState>();
  const lessonCount = 1 + Math.floor(skill * SEED_LESSON_IDS.length);
  for (const [lessonIndex, lessonId] of SEED_LESSON_IDS.slice(0, lessonCount).entries()) {
    const startedAt = new Date(
      now.getTime() - (activeDaysAgo + 2 * (lessonCount - lessonIndex)) * DAY,
    );
    const attempt = await tx.quizAttempt.create({ data: { userId, lessonId, startedAt } });
    const lessonQuestions = questionsForLesson(lessonId);
    // The newest lesson is left part-way through, so "continue where I left off" has a target.
    const answered =
      lessonIndex === lessonCount - 1
        ? Math.ceil(lessonQuestions.length / 2)
        : lessonQuestions.length;
    let at = startedAt.getTime();
    for (const question of lessonQuestions.slice(0, answered)) {
      const instance = instantiateQuestion(question, instanceSeed(attempt.id, question.id));
      const hintsUsed =
        random() > skill ? Math.min(question.hints.length, 1 + Math.floor(random() * 2)) : 0;
      for (let tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber += 1) {
        at += (30 + Math.floor(random() * 150)) * 1000;
        const knows = random() < skill + 0.15 * (tryNumber - 1) + 0.05 * hintsUsed;
        const response = demoResponse(instance, knows, random);
        const grade = gradeResponse(instance, response);
        const score = creditFor({
          tryNumber,
          fraction: grade.correct ? 1 : grade.fraction,
          hintsUsed,
          hintCount: question.hints.length,
        });
        const finished = !canRetry({ tryNumber, correct: grade.correct });
        const createdAt = new Date(at);
        const outcome = {
          questionId: question.id,
          correct: grade.correct,
          score,
          fraction: grade.fraction,
          feedback: grade.feedback,
          misconceptions: grade.misconceptions,
          tryNumber,
          triesLeft: finished ? 0 : MAX_TRIES - tryNumber,
          finished,
          nextQuestionId: null,
        };
        await tx.answer.create({
          data: {
            attemptId: attempt.id,
            userId,
            questionId: question.id,
            payload: JSON.stringify({ response, outcome }),
            correct: grade.correct,
            score,
            tryNumber,
            hintsUsed,
            timeTakenMs: 15_000 + Math.floor(random() * 120_000 * (1.5 - skill)),
            idempotencyKey: `seed-${attempt.id}-${question.id}-${tryNumber}`,
            misconceptions: JSON.stringify(grade.misconceptions),
            createdAt,
          },
        });
        mastery = applyAnswerToConcepts(mastery, {
          concepts: question.concepts,
          correct: grade.correct,
          fraction: grade.fraction,
          hintsUsed,
          tryNumber,
          questionType: question.type,
        });
        if (finished) {
          const card = cards.get(question.id) ?? newReviewCard(createdAt);
          cards.set(
            question.id,
            scheduleReview(card, ratingForAnswer({ ...grade, tryNumber, hintsUsed }), createdAt),
          );
          break;
        }
      }
    }
    const done = answered === lessonQuestions.length;
    await tx.quizAttempt.update({
      where: { id: attempt.id },
      data: {
        completedAt: done ? new Date(at) : null,
        currentQuestionId: done ? null : (lessonQuestions[answered]?.id ?? null),
      },
    });
  }
  for (const [conceptId, m] of Object.entries(mastery)) {
    await tx.conceptMastery.create({ data: { userId, conceptId, ...m } });
  }
  for (const [questionId, card] of cards) {
    await tx.reviewCard.create({ data: { userId, questionId, ...card } });
  }
}
