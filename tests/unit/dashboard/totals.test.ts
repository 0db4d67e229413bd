// The dashboards read answers through running totals kept by a trigger on answers (migration
// 20261201210000_dashboard_totals). For random histories, written both by the real submit
// program and by direct inserts out of time order, with learners joining classes after they
// answered, leaving and coming back, and review answers, every totals-based query must return
// what the history-based queries (history.ts, the queries as they were) compute from the
// answers. The services build each figure from these rows alone, so equal rows mean equal views.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lessons, questionsForLesson, type Question } from "@/lib/content";
import { heatmapRows } from "@/lib/db/dashboard/heatmap";
import { itemMarks } from "@/lib/db/dashboard/items";
import { learnerProgress } from "@/lib/db/dashboard/learners";
import { overviewRows } from "@/lib/db/dashboard/overview";
import { responseGroups } from "@/lib/db/dashboard/responses";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, providerOf, type Db } from "@/lib/db/prisma";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { classOverview } from "@/lib/services/dashboard/overview";
import { submitAnswer } from "@/lib/services/quiz";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import {
  migrationsCopy,
  realMigrations,
  removeMigrationCopies,
} from "@/tests/unit/db/support/fixtures";
import {
  historyHeatmapRows,
  historyItemMarks,
  historyLessonMastery,
  historyLearnerProgress,
  historyOverviewRows,
  historyResponseGroups,
} from "./history";

const DAY = 86_400_000;
const NOW = new Date("2026-11-30T15:00:00.000Z");
const MASTERED = { pKnown: 0.95, correct: 3 };

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

/** Floats summed in another order may differ in the last bits; everything else must be equal. */
function rounded(value: unknown): unknown {
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(12));
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return rounded([...value.entries()].sort(byJson));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
const sorted = <T>(rows: T[]) => (rounded(rows) as T[]).sort(byJson);

interface History {
  db: Db;
  random: () => number;
  learners: string[];
  classes: string[];
}

const choiceQuestions = (lessonId: string) =>
  questionsForLesson(lessonId).filter((q) => q.type === "single-choice");

function responseOf(random: () => number, q: Question) {
  const options = "options" in q ? q.options.map((o) => o.id) : [];
  const pick = options[Math.floor(random() * options.length)] ?? "x";
  const r = random();
  if (r < 0.5) return { type: q.type, optionId: pick };
  if (r < 0.8) return { type: q.type, optionIds: options.slice(0, 1 + Math.floor(random() * 2)) };
  return { type: q.type, text: "because the gradient…" };
}

/** Direct inserts: attempts of either kind, tries in random order and at random past times. */
async function insertHistory(h: History, learner: string, attempts: number) {
  const { db, random } = h;
  for (let i = 0; i < attempts; i += 1) {
    const lesson = lessons[Math.floor(random() * lessons.length)];
    if (!lesson) continue;
    const review = random() < 0.25;
    const startedAt = new Date(NOW.getTime() - Math.floor(random() * 40 * DAY));
    const questions = questionsForLesson(lesson.id).filter(() => random() < 0.7);
    const attempt = await db.quizAttempt.create({
      data: {
        userId: learner,
        lessonId: lesson.id,
        kind: review ? "review" : "lesson",
        reviewQuestionId: review ? (questions[0]?.id ?? null) : null,
        startedAt,
        completedAt: random() < 0.7 ? new Date(startedAt.getTime() + DAY) : null,
      },
    });
    const tries = questions.flatMap((q) =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, (_, t) => ({ q, t: t + 1 })),
    );
    tries.sort(() => random() - 0.5); // out of order: a try 2 may be stored before its try 1
    for (const { q, t } of tries) {
      const correct = random() < 0.5;
      await db.answer.create({
        data: {
          attemptId: attempt.id,
          userId: learner,
          questionId: q.id,
          payload: JSON.stringify({ response: responseOf(random, q), outcome: {} }),
          correct,
          score: correct ? 1 / (t + random()) : Math.round(random() * 1000) / 3000,
          tryNumber: t,
          hintsUsed: Math.floor(random() * 3),
          timeTakenMs: Math.floor(random() * 90_000),
          idempotencyKey: `${attempt.id}-${q.id}-${t}`,
          misconceptions: JSON.stringify(random() < 0.4 ? ["lstm-never-explodes"] : []),
          createdAt: new Date(startedAt.getTime() + Math.floor(random() * 3 * DAY)),
        },
      });
    }
  }
}

/** Real submits through the app's program: a lesson attempt's single-choice questions. */
async function submitHistory(h: History, learner: string, key: () => string) {
  const lesson = lessons[Math.floor(h.random() * lessons.length)];
  if (!lesson) return;
  const { attemptId } = await startOrResumeAttempt(learner, lesson.id, true);
  for (const q of choiceQuestions(lesson.id)) {
    const right = h.random() < 0.5;
    await submitAnswer(learner, {
      attemptId,
      questionId: q.id,
      response: singleChoice(attemptId, q, right),
      idempotencyKey: key(),
      timeTakenMs: Math.floor(h.random() * 30_000),
    }).catch(() => undefined); // a question the attempt does not ask right now: skip it
  }
}

async function expectTotalsMatchHistory(ctx: DashboardDb, classes: string[]) {
  const weekAgo = new Date(NOW.getTime() - 7 * DAY);
  const since = new Date(Math.floor(NOW.getTime() / DAY) * DAY - 27 * DAY);
  for (const classId of classes) {
    expect(sorted(await itemMarks(ctx, classId))).toEqual(
      sorted(await historyItemMarks(ctx, classId)),
    );
    expect(rounded(await responseGroups(ctx, classId))).toEqual(
      rounded(await historyResponseGroups(ctx, classId)),
    );
    expect(rounded(await learnerProgress(ctx, classId, MASTERED))).toEqual(
      rounded(await historyLearnerProgress(ctx, classId, MASTERED)),
    );
    const totals = await overviewRows(ctx, classId, { weekAgo, since });
    const history = await historyOverviewRows(ctx, classId, { weekAgo, since });
    expect(
      rounded({ ...totals, lessons: sorted(totals.lessons), days: sorted(totals.days) }),
    ).toEqual(
      rounded({ ...history, lessons: sorted(history.lessons), days: sorted(history.days) }),
    );
    // The overview replays each learner's first tries per lesson; its means must be the ones
    // every lesson's figure over all of the learner's first tries gives.
    const mastery = (await classOverview(ctx, classId, NOW)).lessons.map(
      ({ lessonId, meanMastery, masteryLearners }) => ({ lessonId, meanMastery, masteryLearners }),
    );
    expect(mastery).toEqual(historyLessonMastery(history.firstTries));
    const heat = await heatmapRows(ctx, classId);
    const heatHistory = await historyHeatmapRows(ctx, classId);
    expect(heat.members).toEqual(heatHistory.members);
    expect(sorted(heat.cells)).toEqual(sorted(heatHistory.cells));
  }
}

await describeBothProviders("dashboard totals", ({ freshDatabaseUrl }) => {
  let h: History;
  let ctx: DashboardDb;
  const key = keyMaker("totals");

  beforeAll(async () => {
    const url = freshDatabaseUrl();
    const db = await useMigratedDatabase(url);
    ctx = { db, provider: providerOf(url) };
    const owner = await db.user.create({ data: { name: "Owner", role: "instructor" } });
    const classes = await Promise.all(
      ["A", "B"].map(
        async (name) =>
          (
            await db.class.create({
              data: { name, ownerId: owner.id, joinCode: `TOTALS${name}1` },
            })
          ).id,
      ),
    );
    const learners: string[] = [];
    for (let i = 0; i < 9; i += 1)
      learners.push(
        (
          await db.user.create({
            data: { name: i % 4 === 0 ? null : `L${i % 5}`, email: `t${i}@x.test` },
          })
        ).id,
      );
    h = { db, random: generator(20261201), learners, classes };
  });
  afterAll(() => releaseDatabase(h.db));

  it("agrees with the history after answers stored before anyone joined", async () => {
    for (const learner of h.learners) await insertHistory(h, learner, 3);
    await submitHistory(h, h.learners[0] ?? "", key);
    await expectTotalsMatchHistory(ctx, h.classes);
  });

  it("agrees after learners join (with past answers), answer, leave and join again", async () => {
    const [a, b] = h.classes as [string, string];
    for (const [i, learner] of h.learners.entries()) {
      if (i % 3 !== 2) await h.db.enrollment.create({ data: { classId: a, userId: learner } });
      if (i % 2 === 0) await h.db.enrollment.create({ data: { classId: b, userId: learner } });
    }
    await expectTotalsMatchHistory(ctx, h.classes);
    for (const learner of h.learners.slice(0, 4)) {
      await insertHistory(h, learner, 2);
      await submitHistory(h, learner, key);
    }
    await expectTotalsMatchHistory(ctx, h.classes);
    const leaving = h.learners[1] ?? "";
    await h.db.enrollment.deleteMany({ where: { userId: leaving } });
    await insertHistory(h, leaving, 2);
    await expectTotalsMatchHistory(ctx, h.classes);
    await h.db.enrollment.create({ data: { classId: b, userId: leaving } });
    await expectTotalsMatchHistory(ctx, h.classes);
  });

  it("agrees after review answers and after a learner and an attempt are deleted", async () => {
    for (const learner of h.learners) await insertHistory(h, learner, 2);
    await expectTotalsMatchHistory(ctx, h.classes);
    const gone = h.learners[4] ?? "";
    await h.db.user.delete({ where: { id: gone } });
    const attempt = await h.db.quizAttempt.findFirst({ where: { userId: h.learners[0] } });
    if (attempt) await h.db.quizAttempt.delete({ where: { id: attempt.id } });
    await expectTotalsMatchHistory(ctx, h.classes);
    const stored = await h.db.attemptQuestionTotal.count();
    expect(stored).toBeGreaterThan(50); // the histories were not trivially empty
    const overview = await classOverview(ctx, h.classes[0] ?? "", NOW);
    expect(overview.lessons.filter((l) => l.masteryLearners > 1).length).toBeGreaterThan(1);
  });
});

const TOTALS_MIGRATION = "20261201210000_dashboard_totals";
afterAll(() => removeMigrationCopies());

/** The real migrations before the totals: a database as it was before this change. */
function migrationsBeforeTotals(provider: string): string {
  const root = migrationsCopy(provider);
  for (const name of realMigrations(provider).filter((n) => n >= TOTALS_MIGRATION))
    rmSync(path.join(root, provider, name), { recursive: true });
  return root;
}

await describeBothProviders("the dashboard totals migration", ({ provider, freshDatabaseUrl }) => {
  it("fills the totals from the answers already stored, and the trigger carries on from there", async () => {
    const url = freshDatabaseUrl();
    await applyMigrations({ databaseUrl: url, migrationsRoot: migrationsBeforeTotals(provider) });
    const db = createPrisma(url);
    try {
      const ctx = { db, provider: providerOf(url) };
      const owner = await db.user.create({ data: { name: "Owner", role: "instructor" } });
      const cls = await db.class.create({
        data: { name: "Old", ownerId: owner.id, joinCode: "TOTALSOLD1" },
      });
      const learners: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const id = (await db.user.create({ data: { name: `O${i}`, email: `o${i}@x.test` } })).id;
        learners.push(id);
        await db.enrollment.create({ data: { classId: cls.id, userId: id } });
      }
      const h = { db, random: generator(7), learners, classes: [cls.id] };
      for (const learner of learners) await insertHistory(h, learner, 3);

      await applyMigrations({ databaseUrl: url });
      expect(await db.attemptQuestionTotal.count()).toBeGreaterThan(20);
      await expectTotalsMatchHistory(ctx, h.classes);
      for (const learner of learners.slice(0, 2)) await insertHistory(h, learner, 2);
      await expectTotalsMatchHistory(ctx, h.classes);
    } finally {
      await db.$disconnect();
    }
  });
});
