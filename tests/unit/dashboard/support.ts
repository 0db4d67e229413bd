// Builds the hand-computed data set of item-analysis.test.ts in a real database, plus noise the
// queries must ignore (a second attempt, a review answer, a learner of another class).
import { getQuestion } from "@/lib/content";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, providerOf, type Db } from "@/lib/db/prisma";
import type { DashboardDb } from "@/lib/db/dashboard/context";

export const LESSON = "what-problem-lstm-solves";
export const ITEMS = {
  a: `${LESSON}/main-problem`,
  b: `${LESSON}/gate-roles`,
  c: `${LESSON}/explain-long-gap`,
} as const;
export const LEARNERS = ["u1", "u2", "u3", "u4", "u5", "u6"] as const;
export const NOW = new Date("2026-11-26T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() - 3 * 86_400_000 + minutes * 60_000);

export async function openDb(url: string): Promise<DashboardDb> {
  await applyMigrations({ databaseUrl: url });
  return { db: createPrisma(url), provider: providerOf(url) };
}

function optionIds(questionId: string) {
  const q = getQuestion(questionId);
  if (!q || !("options" in q)) throw new Error(`${questionId} has no options`);
  return {
    right: q.options.filter((o) => "correct" in o && o.correct).map((o) => o.id),
    wrong: q.options.filter((o) => !("correct" in o && o.correct)).map((o) => o.id),
  };
}

let keySeq = 0;
async function answer(
  db: Db,
  attemptId: string,
  userId: string,
  questionId: string,
  t: {
    score: number;
    correct: boolean;
    tryNumber?: number;
    hints?: number;
    ms?: number;
    response?: object;
    mis?: string[];
    minute: number;
  },
) {
  await db.answer.create({
    data: {
      attemptId,
      userId,
      questionId,
      payload: JSON.stringify({ response: t.response ?? {}, outcome: {} }),
      correct: t.correct,
      score: t.score,
      tryNumber: t.tryNumber ?? 1,
      hintsUsed: t.hints ?? 0,
      timeTakenMs: t.ms ?? 1000,
      idempotencyKey: `k${(keySeq += 1)}`,
      misconceptions: JSON.stringify(t.mis ?? []),
      createdAt: at(t.minute),
    },
  });
}

/** Returns the class id. Marks per item are FIXED of item-analysis.test.ts. */
export async function seedFixedClass({ db }: DashboardDb): Promise<string> {
  const owner = await db.user.create({ data: { id: "owner", name: "Owner", role: "instructor" } });
  const cls = await db.class.create({
    data: { name: "Fixed", ownerId: owner.id, joinCode: "FIXED123" },
  });
  const other = await db.class.create({
    data: { name: "Other", ownerId: owner.id, joinCode: "OTHER123" },
  });
  const a = optionIds(ITEMS.a);
  const b = optionIds(ITEMS.b);
  for (const [i, id] of LEARNERS.entries()) {
    await db.user.create({ data: { id, name: `Learner ${id}`, email: `${id}@x.test` } });
    await db.enrollment.create({ data: { classId: cls.id, userId: id } });
    const attempt = await db.quizAttempt.create({
      data: { userId: id, lessonId: LESSON, startedAt: at(i), completedAt: at(100) },
    });
    type Extra = { minute: number; tryNumber?: number; ms?: number; mis?: string[] };
    const single = (ok: boolean, opt: string, extra: Extra) => ({
      score: ok ? 1 : 0,
      correct: ok,
      response: { type: "single-choice", optionId: opt },
      ...extra,
    });
    // Item a: u4 and u6 wrong (u4 twice), the rest right; times 1..6 s (u4 4 s + 4 s).
    const aRight = !["u4", "u6"].includes(id);
    const wrongA = a.wrong[0] ?? "";
    await answer(
      db,
      attempt.id,
      id,
      ITEMS.a,
      single(aRight, aRight ? (a.right[0] ?? "") : wrongA, {
        ms: 1000 * (i + 1),
        minute: 10 + i,
        mis: aRight ? [] : ["rnn-cannot-remember-at-all"],
      }),
    );
    if (id === "u4") {
      await answer(
        db,
        attempt.id,
        id,
        ITEMS.a,
        single(false, wrongA, {
          tryNumber: 2,
          ms: 4000,
          minute: 20,
          mis: ["rnn-cannot-remember-at-all"],
        }),
      );
    }
    if (id === "u6") {
      await answer(
        db,
        attempt.id,
        id,
        ITEMS.a,
        single(false, a.wrong[1] ?? "", { tryNumber: 2, minute: 21, mis: ["lstm-never-explodes"] }),
      );
      await answer(
        db,
        attempt.id,
        id,
        ITEMS.a,
        single(false, wrongA, { tryNumber: 3, minute: 22 }),
      );
    }
    // Item b: u1, u2, u4 right.
    const bRight = ["u1", "u2", "u4"].includes(id);
    await answer(db, attempt.id, id, ITEMS.b, {
      score: bRight ? 1 : 0,
      correct: bRight,
      response: { type: "multiple-select", optionIds: bRight ? b.right : [b.wrong[0]] },
      minute: 30 + i,
    });
    // Item c: u1, u3 right; u6 partial 0.25 then 0.5 with two hints.
    const cMark = { u1: 1, u3: 1 }[id as "u1" | "u3"] ?? 0;
    await answer(db, attempt.id, id, ITEMS.c, {
      score: id === "u6" ? 0.25 : cMark,
      correct: cMark === 1,
      hints: id === "u6" ? 1 : 0,
      response: { type: "short-text", text: "..." },
      minute: 40 + i,
    });
    if (id === "u6") {
      await answer(db, attempt.id, id, ITEMS.c, {
        score: 0.5,
        correct: false,
        tryNumber: 2,
        hints: 2,
        minute: 50,
      });
    }
  }
  // Noise: u5's later second attempt (all right), a review answer, an outsider.
  const again = await db.quizAttempt.create({
    data: { userId: "u5", lessonId: LESSON, startedAt: at(200) },
  });
  await answer(db, again.id, "u5", ITEMS.b, { score: 1, correct: true, minute: 201 });
  const review = await db.quizAttempt.create({
    data: { userId: "u6", lessonId: LESSON, kind: "review", startedAt: at(300) },
  });
  await answer(db, review.id, "u6", ITEMS.a, { score: 1, correct: true, minute: 301 });
  await db.user.create({ data: { id: "zz", name: "Outsider" } });
  await db.enrollment.create({ data: { classId: other.id, userId: "zz" } });
  const outside = await db.quizAttempt.create({
    data: { userId: "zz", lessonId: LESSON, startedAt: at(5) },
  });
  await answer(db, outside.id, "zz", ITEMS.a, {
    score: 0,
    correct: false,
    minute: 6,
    mis: ["lstm-never-explodes"],
  });
  return cls.id;
}
