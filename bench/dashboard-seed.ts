/**
 * Synthetic class for bench/dashboard.bench.ts: N learners x the question bank (34 questions
 * plus one not in the bank, 35) x up to 3 tries, with mastery rows and misconceptions, written
 * with createMany in batches. Deterministic (seeded generator).
 */
import { concepts, questions } from "../lib/content";
import type { Prisma } from "../generated/sqlite/client";
import type { Db } from "../lib/db/prisma";

const DAY = 86_400_000;

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

interface Bank {
  id: string;
  lessonId: string;
  options: { id: string; correct: boolean; misconception?: string }[];
  type: string;
}

const BANK: Bank[] = [
  ...questions.map((q) => ({
    id: q.id,
    lessonId: q.lessonId,
    type: q.type,
    options:
      "options" in q
        ? q.options.map((o) => ({
            id: o.id,
            correct: "correct" in o ? o.correct : false,
            misconception: o.misconception,
          }))
        : [],
  })),
  { id: "bptt-basics/retired-question", lessonId: "bptt-basics", type: "numeric", options: [] },
];

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Returns the class id and one learner id; `tag` keeps ids unique per size in one database. */
export async function seedSyntheticClass(db: Db, learners: number, tag: string, now = new Date()) {
  const random = generator(learners);
  const owner = await db.user.create({ data: { name: `Bench owner ${tag}`, role: "instructor" } });
  const cls = await db.class.create({
    data: { name: `Bench ${tag}`, ownerId: owner.id, joinCode: `B${tag}`.slice(0, 16) },
  });
  const users = Array.from({ length: learners }, (_, i) => ({
    id: `${tag}-u${i}`,
    name: `Learner ${i}`,
    email: `${tag}-u${i}@bench.test`,
  }));
  await inBatches(users, 500, (batch) => db.user.createMany({ data: batch }));
  await inBatches(users, 500, (batch) =>
    db.enrollment.createMany({ data: batch.map((u) => ({ classId: cls.id, userId: u.id })) }),
  );

  const lessonIds = [...new Set(BANK.map((q) => q.lessonId))];
  const attempts: {
    id: string;
    userId: string;
    lessonId: string;
    startedAt: Date;
    completedAt: Date | null;
  }[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const mastery: {
    userId: string;
    conceptId: string;
    pKnown: number;
    attempts: number;
    correct: number;
  }[] = [];
  for (const user of users) {
    const skill = 0.2 + 0.75 * random();
    const daysAgo = random() < 0.1 ? 8 + Math.floor(random() * 20) : Math.floor(random() * 7);
    for (const [l, lessonId] of lessonIds.entries()) {
      if (random() > 0.35 + skill) continue;
      const startedAt = new Date(now.getTime() - (daysAgo + l) * DAY);
      const attemptId = `${user.id}-a${l}`;
      attempts.push({
        id: attemptId,
        userId: user.id,
        lessonId,
        startedAt,
        completedAt: random() < 0.8 ? startedAt : null,
      });
      for (const [qi, q] of BANK.filter((b) => b.lessonId === lessonId).entries()) {
        for (let t = 1; t <= 3; t += 1) {
          const correct = random() < skill;
          const wrong = q.options.filter((o) => !o.correct);
          const picked = correct
            ? q.options.find((o) => o.correct)
            : wrong[Math.floor(random() * wrong.length)];
          answers.push({
            id: `${attemptId}-${qi}-${t}`,
            attemptId,
            userId: user.id,
            questionId: q.id,
            payload: JSON.stringify({
              response: picked ? { type: q.type, optionId: picked.id } : { type: q.type, value: 1 },
              outcome: {},
            }),
            correct,
            score: correct ? ([1, 0.5, 0.25][t - 1] ?? 0) : 0,
            tryNumber: t,
            hintsUsed: random() < 0.3 ? 1 : 0,
            timeTakenMs: 5_000 + Math.floor(random() * 60_000),
            idempotencyKey: `${attemptId}-${qi}-${t}`,
            misconceptions: JSON.stringify(
              !correct && picked?.misconception ? [picked.misconception] : [],
            ),
            createdAt: new Date(startedAt.getTime() + (qi * 3 + t) * 60_000),
          });
          if (correct) break;
        }
      }
    }
    for (const conceptId of concepts) {
      if (random() < 0.3) continue;
      mastery.push({
        userId: user.id,
        conceptId,
        pKnown: Math.min(0.99, skill * random() * 1.3),
        attempts: 1 + Math.floor(random() * 8),
        correct: Math.floor(random() * 5),
      });
    }
  }
  // One transaction: SQLite commits (and syncs) once instead of once per batch. Attempts are
  // stored unfinished and finished after their answers, as a learner does: the dashboards'
  // triggers then rebuild each learner's lesson rows once, when the attempt is finished,
  // instead of once per answer (the figures are the same either way).
  const finished = attempts.filter((a) => a.completedAt !== null);
  await db.$transaction(
    async (tx) => {
      await inBatches(attempts, 1000, (batch) =>
        tx.quizAttempt.createMany({ data: batch.map((a) => ({ ...a, completedAt: null })) }),
      );
      await inBatches(answers, 2000, (batch) => tx.answer.createMany({ data: batch }));
      // Finished in groups of one finishing time (a few dozen distinct times), not one by one.
      const byTime = new Map<number, string[]>();
      for (const a of finished) {
        const t = a.completedAt?.getTime() ?? 0;
        byTime.set(t, [...(byTime.get(t) ?? []), a.id]);
      }
      for (const [t, ids] of byTime)
        await inBatches(ids, 1000, (batch) =>
          tx.quizAttempt.updateMany({
            where: { id: { in: batch } },
            data: { completedAt: new Date(t) },
          }),
        );
      await inBatches(mastery, 2000, (batch) => tx.conceptMastery.createMany({ data: batch }));
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  return { classId: cls.id, learnerId: users[0]?.id ?? "", answers: answers.length };
}
