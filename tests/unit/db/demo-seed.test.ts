// The demo data must tell one story: nobody joins the class after doing its work, nothing
// happens in the future, and each learner's mastery, review cards and attempt positions are
// what their stored answers imply (the seed goes through the real submit path).
import { afterAll, beforeAll, expect, it } from "vitest";
import { getLesson, getQuestion, questionsForLesson } from "@/lib/content";
import { explorationWithin } from "@/lib/contracts/exploration";
import { providerOf, type Db } from "@/lib/db/prisma";
import { MAX_TRIES } from "@/lib/learning/credit";
import { applyAnswerToConcepts, type MasteryState } from "@/lib/learning/mastery";
import { itemExploration, learnerDetail } from "@/lib/services/dashboard";
import { getScenario } from "@/lib/sim";
import { seedDemoData } from "@/prisma/seed";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const NOW = new Date("2026-11-20T12:00:00Z");
const earliest = (dates: readonly Date[]) => Math.min(...dates.map((d) => d.getTime()));
const latest = (dates: readonly Date[]) => Math.max(...dates.map((d) => d.getTime()));

await describeBothProviders("the demo seed", ({ freshDatabaseUrl }) => {
  let db: Db;
  let url: string;
  beforeAll(async () => {
    url = freshDatabaseUrl();
    db = await useMigratedDatabase(url);
    expect(await seedDemoData(NOW)).toBe("seeded");
  }, 120_000);
  afterAll(() => releaseDatabase(db));

  const learners = () =>
    db.user.findMany({
      where: { role: "learner" },
      select: {
        id: true,
        email: true,
        createdAt: true,
        enrollments: { select: { joinedAt: true } },
        attempts: { select: { id: true, lessonId: true, startedAt: true, completedAt: true } },
        answers: {
          orderBy: [{ createdAt: "asc" }, { tryNumber: "asc" }],
          select: {
            attemptId: true,
            questionId: true,
            correct: true,
            tryNumber: true,
            hintsUsed: true,
            payload: true,
            createdAt: true,
          },
        },
        hintUses: { select: { createdAt: true } },
        mastery: { select: { conceptId: true, pKnown: true, attempts: true, correct: true } },
        reviewCards: { select: { questionId: true, lastReview: true } },
      },
    });

  it("seeds thirteen learners in the class, and a second run changes nothing", async () => {
    const all = await learners();
    expect(all).toHaveLength(13);
    expect(all.every((l) => l.enrollments.length === 1 && l.answers.length > 0)).toBe(true);
    expect(await seedDemoData(NOW)).toBe("already-seeded");
  });

  it("has every learner join before their first activity, and nothing after now", async () => {
    for (const learner of await learners()) {
      const who = learner.email ?? learner.id;
      const joinedAt = learner.enrollments[0]!.joinedAt.getTime();
      const activity = [
        ...learner.attempts.map((a) => a.startedAt),
        ...learner.answers.map((a) => a.createdAt),
        ...learner.hintUses.map((h) => h.createdAt),
      ];
      expect(learner.createdAt.getTime(), who).toBeLessThanOrEqual(joinedAt);
      expect(joinedAt, who).toBeLessThan(earliest(activity));
      expect(latest(activity), who).toBeLessThanOrEqual(NOW.getTime());
      for (const a of learner.attempts) {
        if (a.completedAt) expect(a.completedAt >= a.startedAt).toBe(true);
      }
    }
  });

  it("stores the mastery the learner's first tries imply, in the order they were given", async () => {
    for (const learner of await learners()) {
      let replayed: MasteryState = {};
      for (const answer of learner.answers) {
        const question = getQuestion(answer.questionId)!;
        const { outcome } = JSON.parse(answer.payload) as { outcome: { fraction: number } };
        replayed = applyAnswerToConcepts(replayed, {
          concepts: question.concepts,
          correct: answer.correct,
          fraction: outcome.fraction,
          hintsUsed: answer.hintsUsed,
          tryNumber: answer.tryNumber,
          questionType: question.type,
        });
      }
      const stored = Object.fromEntries(
        learner.mastery.map(({ conceptId, ...m }) => [conceptId, m]),
      );
      expect(Object.keys(stored).sort(), learner.id).toEqual(Object.keys(replayed).sort());
      for (const [conceptId, m] of Object.entries(replayed)) {
        expect(stored[conceptId]?.attempts).toBe(m.attempts);
        expect(stored[conceptId]?.correct).toBe(m.correct);
        expect(stored[conceptId]?.pKnown).toBeCloseTo(m.pKnown, 12);
      }
    }
  });

  it("schedules a review card for each finished question and completes only finished lessons", async () => {
    for (const learner of await learners()) {
      const finished = new Set<string>();
      const finishedQuestions = new Set<string>();
      const tries = new Map<string, number>();
      for (const a of learner.answers) {
        const k = `${a.attemptId} ${a.questionId}`;
        tries.set(k, (tries.get(k) ?? 0) + 1);
        if (a.correct || (tries.get(k) ?? 0) >= MAX_TRIES) {
          finished.add(k);
          finishedQuestions.add(a.questionId);
        }
      }
      expect(new Set(learner.reviewCards.map((c) => c.questionId))).toEqual(finishedQuestions);
      for (const attempt of learner.attempts) {
        const all = questionsForLesson(attempt.lessonId).every((q) =>
          finished.has(`${attempt.id} ${q.id}`),
        );
        expect(attempt.completedAt !== null, `${learner.id} ${attempt.lessonId}`).toBe(all);
      }
      // The newest lesson is left part-way through, so "continue" has a target.
      expect(learner.attempts.some((a) => a.completedAt === null)).toBe(true);
    }
  });

  it("records slider moves on the lesson's plot before some tries, which the drill-down replays", async () => {
    const rows = await db.answerExploration.findMany({
      select: {
        moves: true,
        answer: { select: { questionId: true, timeTakenMs: true, tryNumber: true } },
      },
    });
    const firstTries = await db.answer.count({ where: { tryNumber: 1 } });
    const exploredFirst = rows.filter((r) => r.answer.tryNumber === 1).length;
    // A share of the first tries, not none and not most.
    expect(exploredFirst).toBeGreaterThan(firstTries / 10);
    expect(exploredFirst).toBeLessThan(firstTries / 2);
    for (const { moves, answer } of rows) {
      const lesson = getLesson(getQuestion(answer.questionId)!.lessonId)!;
      const parsed = explorationWithin(getScenario(lesson.scenarioId)!.params).parse(
        JSON.parse(moves),
      );
      expect(parsed.length).toBeGreaterThan(0);
      expect(parsed.at(-1)!.t, answer.questionId).toBeLessThan(answer.timeTakenMs);
    }

    const ctx = { db, provider: providerOf(url) };
    const demoClass = await db.class.findUniqueOrThrow({ where: { joinCode: "DEMO2026" } });
    const explored = [...(await itemExploration(ctx, demoClass.id)).values()];
    expect(explored.some((item) => item.explored.count > 0)).toBe(true);

    const learner = await db.enrollment.findFirstOrThrow({
      where: { classId: demoClass.id, user: { email: "learner@demo.test" } },
      select: { userId: true, joinedAt: true },
    });
    const detail = await learnerDetail(ctx, { id: learner.userId, joinedAt: learner.joinedAt });
    const timelines = detail.attempts.flatMap((a) => a.answers).filter((t) => t.exploration.length);
    expect(timelines.length).toBeGreaterThan(0);
  });
});
