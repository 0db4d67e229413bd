// The per-class item figures, misconception counts and lesson mastery are stored and kept by
// triggers (migration 20261202100000_dashboard_class_item_totals). For random histories (direct
// inserts out of time order, real submits, explorations stored and cleared, attempts finished
// late, learners in two classes joining after answering, leaving, coming back, deleted) every
// view built on them must show what the oracle computes from the answers (history-items.ts,
// history.ts): item statistics, response distributions, exploration, misconceptions, lesson
// mastery, and the learner progress marks (learner_lesson_marks, migration
// 20261202110000_dashboard_learner_lesson_marks).
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lessons, questionsForLesson, type Question } from "@/lib/content";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { learnerProgress } from "@/lib/db/dashboard/learners";
import { misconceptionCounts } from "@/lib/db/dashboard/misconceptions";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma, providerOf, type Db } from "@/lib/db/prisma";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { itemExploration } from "@/lib/services/dashboard/exploration";
import { itemStatistics } from "@/lib/services/dashboard/items";
import { classOverview } from "@/lib/services/dashboard/overview";
import { distributionsOf, responseDistributions } from "@/lib/services/dashboard/responses";
import { submitAnswer } from "@/lib/services/quiz";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";
import {
  migrationsCopy,
  realMigrations,
  removeMigrationCopies,
} from "@/tests/unit/db/support/fixtures";
import {
  historyLearnerProgress,
  historyLessonMastery,
  historyOverviewRows,
  historyResponseGroups,
} from "./history";
import {
  historyAnswerMisconceptions,
  historyExplorationByItem,
  historyItemStatistics,
} from "./history-items";

const DAY = 86_400_000;
const NOW = new Date("2026-11-30T15:00:00.000Z");

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

/**
 * Floats summed in another order may differ in the last bits, and running sums (added to and taken
 * from as learners come and go) carry their own rounding, which a correlation near 0 magnifies:
 * ten significant digits, where the pages show four. Everything else must be equal.
 */
function rounded(value: unknown): unknown {
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(10));
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return rounded([...value.entries()].sort(byJson));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

interface History {
  db: Db;
  random: () => number;
}

function responseOf(random: () => number, q: Question) {
  const options = "options" in q ? q.options.map((o) => o.id) : [];
  const pick = options[Math.floor(random() * options.length)] ?? "x";
  const r = random();
  if (r < 0.5) return { type: q.type, optionId: pick };
  if (r < 0.8) return { type: q.type, optionIds: options.slice(0, 1 + Math.floor(random() * 2)) };
  return { type: q.type, value: 3 };
}

const MISCONCEPTIONS = [[], ["lstm-never-explodes"], ["rnn-cannot-remember-at-all"]];
/** Two lessons, so that enough learners share a question for every statistic to be shown. */
const LESSONS = lessons.slice(0, 2);

/** Direct inserts: attempts of either kind, tries out of order, some first tries explored. */
async function insertHistory({ db, random }: History, learner: string, attempts: number) {
  for (let i = 0; i < attempts; i += 1) {
    const lesson = LESSONS[Math.floor(random() * LESSONS.length)];
    if (!lesson) continue;
    const review = random() < 0.15;
    const startedAt = new Date(NOW.getTime() - Math.floor(random() * 40 * DAY));
    const questions = questionsForLesson(lesson.id).filter(() => random() < 0.85);
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
      Array.from({ length: 1 + Math.floor(random() * 2) }, (_, t) => ({ q, t: t + 1 })),
    );
    tries.sort(() => random() - 0.5);
    for (const { q, t } of tries) {
      const correct = random() < 0.5;
      // Marks from a few values, so that learners tie on lesson totals, and some at random.
      const score = correct ? ([1, 0.5, 0.25][t - 1] ?? 0) : random() < 0.5 ? 0 : random() / 3;
      const answer = await db.answer.create({
        data: {
          attemptId: attempt.id,
          userId: learner,
          questionId: q.id,
          payload: JSON.stringify({ response: responseOf(random, q), outcome: {} }),
          correct,
          score,
          tryNumber: t,
          hintsUsed: Math.floor(random() * 3),
          timeTakenMs: random() < 0.3 ? 4096 : Math.floor(random() * 9_000),
          idempotencyKey: `${attempt.id}-${q.id}-${t}`,
          misconceptions: JSON.stringify(MISCONCEPTIONS[Math.floor(random() * 3)]),
          createdAt: new Date(startedAt.getTime() + Math.floor(random() * 3 * DAY)),
        },
      });
      if (t === 1 && random() < 0.4)
        await db.answerExploration.create({
          data: { answerId: answer.id, userId: learner, moves: "[]", moveCount: 1 },
        });
    }
  }
}

/** Real submits through the app's program. */
async function submitHistory({ random }: History, learner: string, key: () => string) {
  const lesson = lessons[Math.floor(random() * lessons.length)];
  if (!lesson) return;
  const { attemptId } = await startOrResumeAttempt(learner, lesson.id, true);
  for (const q of questionsForLesson(lesson.id).filter((x) => x.type === "single-choice")) {
    await submitAnswer(learner, {
      attemptId,
      questionId: q.id,
      response: singleChoice(attemptId, q, random() < 0.5),
      idempotencyKey: key(),
      timeTakenMs: Math.floor(random() * 30_000),
    }).catch(() => undefined);
  }
}

const byKey = <T extends { key: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.key < b.key ? -1 : 1));

async function expectStoredMatchHistory(ctx: DashboardDb, classes: readonly string[]) {
  for (const classId of classes) {
    expect(rounded(await itemStatistics(ctx, classId))).toEqual(
      rounded(await historyItemStatistics(ctx, classId)),
    );
    const distributions = (list: Awaited<ReturnType<typeof responseDistributions>>) =>
      list.map((d) => ({ ...d, buckets: byKey(d.buckets) }));
    expect(distributions(await responseDistributions(ctx, classId))).toEqual(
      distributions(distributionsOf(await historyResponseGroups(ctx, classId))),
    );
    const explored = [...(await itemExploration(ctx, classId)).values()].map((e) => ({
      questionId: e.questionId,
      learners: e.explored.of,
      explored: e.explored.count,
      exploredRight: e.rightWhenExplored.count,
      othersRight: e.rightOtherwise.count,
    }));
    expect(explored.sort(byJson)).toEqual(
      (await historyExplorationByItem(ctx, classId)).sort(byJson),
    );
    const counts = (await misconceptionCounts(ctx, classId)).map(({ chat: _chat, ...r }) => r);
    expect(counts.sort(byJson)).toEqual(
      (await historyAnswerMisconceptions(ctx, classId)).sort(byJson),
    );
    const mastered = { pKnown: 0.95, correct: 3 };
    expect(rounded(await learnerProgress(ctx, classId, mastered))).toEqual(
      rounded(await historyLearnerProgress(ctx, classId, mastered)),
    );
    const history = await historyOverviewRows(ctx, classId, { weekAgo: NOW, since: NOW });
    const mastery = (await classOverview(ctx, classId, NOW)).lessons.map(
      ({ lessonId, meanMastery, masteryLearners }) => ({ lessonId, meanMastery, masteryLearners }),
    );
    expect(mastery).toEqual(historyLessonMastery(history.firstTries));
  }
}

async function makeClasses(db: Db, names: string[]) {
  const owner = await db.user.create({ data: { name: "Owner", role: "instructor" } });
  return Promise.all(
    names.map(
      async (name) =>
        (await db.class.create({ data: { name, ownerId: owner.id, joinCode: `CT${name}1234` } }))
          .id,
    ),
  );
}

async function makeLearners(db: Db, n: number, tag: string) {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1)
    ids.push((await db.user.create({ data: { name: `${tag}${i}` } })).id);
  return ids;
}

await describeBothProviders("dashboard class totals", ({ freshDatabaseUrl }) => {
  let h: History;
  let ctx: DashboardDb;
  let classes: string[];
  let learners: string[];
  const key = keyMaker("class-totals");

  beforeAll(async () => {
    const url = freshDatabaseUrl();
    const db = await useMigratedDatabase(url);
    ctx = { db, provider: providerOf(url) };
    h = { db, random: generator(20261202) };
    classes = await makeClasses(db, ["A", "B"]);
    learners = await makeLearners(db, 36, "L");
  });
  afterAll(() => releaseDatabase(h.db));

  it("agrees with the history for learners who answered before joining, in one or two classes", async () => {
    for (const learner of learners) await insertHistory(h, learner, 4);
    for (const [i, learner] of learners.entries()) {
      if (i % 6 !== 5)
        await h.db.enrollment.create({ data: { classId: classes[0] ?? "", userId: learner } });
      if (i % 2 === 0)
        await h.db.enrollment.create({ data: { classId: classes[1] ?? "", userId: learner } });
    }
    await submitHistory(h, learners[0] ?? "", key);
    await expectStoredMatchHistory(ctx, classes);
    const stored = await itemStatistics(ctx, classes[0] ?? "");
    expect(stored.some((r) => r.discrimination !== null && r.correlation !== null)).toBe(true);
  });

  it("agrees after more answers, attempts finished late, explorations cleared and enrolments changed", async () => {
    for (const learner of learners.slice(0, 6)) {
      await insertHistory(h, learner, 2);
      await submitHistory(h, learner, key);
    }
    const open = await h.db.quizAttempt.findMany({ where: { completedAt: null }, take: 5 });
    for (const a of open)
      await h.db.quizAttempt.update({ where: { id: a.id }, data: { completedAt: NOW } });
    await h.db.answerExploration.deleteMany({ where: { userId: learners[2] } });
    await h.db.enrollment.deleteMany({ where: { userId: learners[1] } });
    await h.db.enrollment.create({
      data: { classId: classes[1] ?? "", userId: learners[3] ?? "" },
    });
    await expectStoredMatchHistory(ctx, classes);
  });

  it("agrees after attempts, learners and a class are deleted", async () => {
    const attempts = await h.db.quizAttempt.findMany({ where: { userId: learners[0] }, take: 2 });
    for (const a of attempts) await h.db.quizAttempt.delete({ where: { id: a.id } });
    await h.db.user.delete({ where: { id: learners[4] } });
    await h.db.user.delete({ where: { id: learners[6] } });
    await expectStoredMatchHistory(ctx, classes);
    await h.db.class.delete({ where: { id: classes[1] } });
    await expectStoredMatchHistory(ctx, classes.slice(0, 1));
    expect(await h.db.classItemTotal.count({ where: { classId: classes[1] } })).toBe(0);
  });
});

const CLASS_TOTALS_MIGRATION = "20261202100000_dashboard_class_item_totals";
afterAll(() => removeMigrationCopies());

function migrationsBefore(provider: string): string {
  const root = migrationsCopy(provider);
  for (const name of realMigrations(provider).filter((n) => n >= CLASS_TOTALS_MIGRATION))
    rmSync(path.join(root, provider, name), { recursive: true });
  return root;
}

await describeBothProviders("the class totals migration", ({ provider, freshDatabaseUrl }) => {
  it("fills the stored figures from the data already there, and the triggers carry on", async () => {
    const url = freshDatabaseUrl();
    await applyMigrations({ databaseUrl: url, migrationsRoot: migrationsBefore(provider) });
    const db = createPrisma(url);
    try {
      const ctx = { db, provider: providerOf(url) };
      const h = { db, random: generator(11) };
      const classes = await makeClasses(db, ["Old"]);
      const learners = await makeLearners(db, 8, "O");
      for (const learner of learners) {
        await db.enrollment.create({ data: { classId: classes[0] ?? "", userId: learner } });
        await insertHistory(h, learner, 4);
      }
      await applyMigrations({ databaseUrl: url });
      expect(await db.learnerItemMark.count()).toBeGreaterThan(10);
      await expectStoredMatchHistory(ctx, classes);
      for (const learner of learners.slice(0, 3)) await insertHistory(h, learner, 2);
      await expectStoredMatchHistory(ctx, classes);
    } finally {
      await db.$disconnect();
    }
  });
});
