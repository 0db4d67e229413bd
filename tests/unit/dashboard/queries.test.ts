import { beforeAll, expect, it } from "vitest";
import { itemStatistics } from "@/lib/services/dashboard/items";
import { learnerProgress } from "@/lib/services/dashboard/learners";
import { rankedMisconceptions } from "@/lib/services/dashboard/misconceptions";
import { classOverview } from "@/lib/services/dashboard/overview";
import { responseDistributions } from "@/lib/services/dashboard/responses";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { analyseItems } from "@/lib/learning/item-analysis";
import { describeBothProviders } from "@/tests/support/postgres";
import { fixedMarks } from "./item-analysis.test";
import { ITEMS, LESSON, NOW, openDb, seedFixedClass } from "./support";

const itemOf: Record<string, string> = { a: ITEMS.a, b: ITEMS.b, c: ITEMS.c };

await describeBothProviders("dashboard queries", ({ freshDatabaseUrl }) => {
  let ctx: DashboardDb;
  let classId: string;
  beforeAll(async () => {
    ctx = await openDb(freshDatabaseUrl());
    classId = await seedFixedClass(ctx);
  });

  it("reads the first finished attempts and computes their statistics as the pure version does", async () => {
    const sql = await itemStatistics(ctx, classId);
    const pure = analyseItems(fixedMarks().map((m) => ({ ...m, itemId: itemOf[m.itemId] ?? "" })));
    expect(sql.map((r) => r.questionId)).toEqual(pure.map((p) => p.itemId));
    for (const p of pure) {
      const row = sql.find((r) => r.questionId === p.itemId);
      expect(row).toMatchObject({
        n: p.n,
        groupSize: p.groupSize,
        facilityShown: p.facilityShown,
        // Six learners: groups of 2 and n < 10 are below the minimums, so no D and no r.
        discrimination: null,
        correlation: null,
      });
      expect(row?.facility, `${p.itemId} facility`).toBeCloseTo(p.facility, 10);
      expect(row?.facilityMargin, `${p.itemId} margin`).toBeCloseTo(p.facilityMargin ?? NaN, 10);
    }
    const a = sql.find((r) => r.questionId === ITEMS.a);
    expect(a?.meanTries).toBeCloseTo(9 / 6, 10); // u4 two tries, u6 three
    // Times per learner (s): 1, 2, 3, 8 (u4: 4 + 4), 5, 8 (u6: 6 + 1 + 1); median (3 + 5) / 2.
    expect(a?.medianTimeMs).toBe(4000);
    expect(sql.find((r) => r.questionId === ITEMS.c)?.meanHints).toBeCloseTo(2 / 6, 10);
  });

  it("counts first responses per option with each wrong option's misconception", async () => {
    const dist = await responseDistributions(ctx, classId);
    const a = dist.find((d) => d.questionId === ITEMS.a);
    expect(a?.total).toBe(6);
    const counts = Object.fromEntries(a?.buckets.map((b) => [b.key, b.count]) ?? []);
    expect(counts).toMatchObject({ "long-gaps": 4, "no-memory": 2, exploding: 0 });
    expect(a?.buckets.find((b) => b.key === "no-memory")?.misconception?.id).toBe(
      "rnn-cannot-remember-at-all",
    );
    const b = dist.find((d) => d.questionId === ITEMS.b);
    expect(b?.buckets.reduce((s, x) => s + x.count, 0)).toBeGreaterThanOrEqual(6);
    const c = dist.find((d) => d.questionId === ITEMS.c);
    expect(c?.buckets.map((x) => [x.key, x.count])).toEqual([
      ["correct", 2],
      ["wrong", 4],
    ]);
  });

  it("ranks misconceptions by learners, ignoring other classes", async () => {
    const ranked = await rankedMisconceptions(ctx, classId);
    expect(ranked.map((r) => [r.id, r.learners, r.answers])).toEqual([
      ["rnn-cannot-remember-at-all", 2, 3],
      ["lstm-never-explodes", 1, 1],
    ]);
  });

  it("builds the overview and per-learner progress", async () => {
    const overview = await classOverview(ctx, classId, NOW);
    expect(overview.learnerCount).toBe(6);
    expect(overview.activeThisWeek).toBe(6);
    const lesson = overview.lessons.find((l) => l.lessonId === "what-problem-lstm-solves");
    expect(lesson).toMatchObject({ started: 6, completed: 6, completion: 1 });
    expect(overview.activity).toHaveLength(28);
    expect(overview.activity.reduce((s, d) => s + d.answers, 0)).toBe(6 * 3 + 1 + 2 + 1 + 1 + 1);
    const progress = await learnerProgress(ctx, classId);
    const u6 = progress.find((p) => p.learnerId === "u6");
    expect(u6).toMatchObject({
      questionsAnswered: 3,
      correctFirstTry: 0,
      hintsUsed: 2,
      lessonsCompleted: 1,
    });
    expect(u6?.meanMark).toBeCloseTo(0.5 / 3, 10);
    expect(progress.find((p) => p.learnerId === "u1")).toMatchObject({
      correctFirstTry: 3,
      meanMark: 1,
    });
  });

  // Last: it adds an attempt the earlier tests do not expect.
  it("leaves out attempts not finished, even when they came first", async () => {
    const early = await ctx.db.quizAttempt.create({
      data: {
        userId: "u3",
        lessonId: LESSON,
        startedAt: new Date(NOW.getTime() - 86_400_000 * 20),
      },
    });
    await ctx.db.answer.create({
      data: {
        attemptId: early.id,
        userId: "u3",
        questionId: ITEMS.a,
        payload: JSON.stringify({ response: { type: "single-choice", optionId: "x" } }),
        correct: false,
        score: 0,
        tryNumber: 1,
        timeTakenMs: 1000,
        idempotencyKey: "unfinished-1",
      },
    });
    const stats = await itemStatistics(ctx, classId);
    expect(stats.map((r) => r.n)).toEqual([6, 6, 6]);
    expect(stats.find((r) => r.questionId === ITEMS.a)?.facility).toBeCloseTo(4 / 6, 10);
  });
});
