import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson, type Question } from "@/lib/content";
import { signUp, startGuest } from "@/lib/auth/service";
import { SignUpInput } from "@/lib/auth/schemas";
import { providerOf, type Db } from "@/lib/db/prisma";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { itemExploration, learnerDetail } from "@/lib/services/dashboard";
import { clearExplorationRecord, explorationRecord } from "@/lib/services/learner/exploration";
import { submitAnswer } from "@/lib/services/quiz";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { rejection } from "@/tests/support/rejection";

// The lesson's plot (scenario why-lstm-solves-vanishing-gradients) has the sliders
// forgetBias (-3 to 8), steps (5 to 500, whole) and hiddenSize; its first single-choice question.
const LESSON = "why-lstm-solves-vanishing-gradients";
const question: Question = (() => {
  const q = questionsForLesson(LESSON).find((x) => x.type === "single-choice");
  if (!q) throw new Error(`no single-choice question in ${LESSON}`);
  return q;
})();
const MOVES = [
  { param: "forgetBias", value: 0, t: 1200 },
  { param: "forgetBias", value: 1, t: 2500 },
  { param: "forgetBias", value: 3, t: 4100 },
  { param: "steps", value: 200, t: 6000 },
];
const key = keyMaker("explore");
let emails = 0;

await describeBothProviders("exploration records", ({ freshDatabaseUrl }) => {
  let db: Db;
  let url: string;

  beforeAll(async () => {
    url = freshDatabaseUrl();
    db = await useMigratedDatabase(url);
  });
  afterAll(() => releaseDatabase(db));

  const newLearner = async () =>
    (await db.user.create({ data: { name: "L", email: `x${(emails += 1)}@example.com` } })).id;

  const answer = async (
    userId: string,
    opts: { right: boolean; exploration?: unknown; attemptId?: string },
  ) => {
    const attemptId =
      opts.attemptId ?? (await startOrResumeAttempt(userId, LESSON, true)).attemptId;
    const body = {
      attemptId,
      questionId: question.id,
      response: singleChoice(attemptId, question, opts.right),
      idempotencyKey: key(),
      timeTakenMs: 7000,
      ...(opts.exploration === undefined ? {} : { exploration: opts.exploration }),
    };
    return { attemptId, body, outcome: await submitAnswer(userId, body as never) };
  };

  it("stores the moves with the answer, once for a repeated submit", async () => {
    const learner = await newLearner();
    const { body } = await answer(learner, { right: false, exploration: MOVES });
    await submitAnswer(learner, body as never);
    const stored = await db.answerExploration.findMany({ where: { userId: learner } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.moveCount).toBe(4);
    const record = await explorationRecord(learner);
    expect(record.map((r) => [r.questionId, r.tryNumber, r.moves])).toEqual([
      [question.id, 1, MOVES],
    ]);
  });

  it("stores no row for a try without moves", async () => {
    const learner = await newLearner();
    await answer(learner, { right: true, exploration: [] });
    await answer(learner, { right: true });
    expect(await db.answerExploration.count({ where: { userId: learner } })).toBe(0);
    expect(await db.answer.count({ where: { userId: learner } })).toBe(2);
  });

  it("refuses a move off the plot's sliders with a 422 naming it, and stores nothing", async () => {
    const learner = await newLearner();
    const cases = [
      { moves: [{ param: "noSuchDial", value: 1, t: 10 }], field: "exploration.0.param" },
      {
        moves: [MOVES[0], { param: "forgetBias", value: 9, t: 1300 }],
        field: "exploration.1.value",
      },
      { moves: [{ param: "steps", value: 10.5, t: 10 }], field: "exploration.0.value" },
    ];
    for (const c of cases) {
      const error = await rejection(answer(learner, { right: true, exploration: c.moves }));
      expect(error.status, c.field).toBe(422);
      expect(Object.keys(error.fields), c.field).toEqual([c.field]);
    }
    expect(await db.answer.count({ where: { userId: learner } })).toBe(0);
    expect(await db.answerExploration.count({ where: { userId: learner } })).toBe(0);
  });

  it("a guest's record comes along when they sign up", async () => {
    const auth = {
      db,
      secret: "x".repeat(8) + "test-secret-with-enough-variety-0123456789",
      currentToken: null,
      address: "203.0.113.9",
    };
    const guest = await startGuest({ ...auth, currentUser: null });
    if (!guest) throw new Error("no guest");
    await answer(guest.user.id, { right: true, exploration: MOVES.slice(0, 2) });
    const account = await signUp(
      { ...auth, currentUser: guest.user },
      SignUpInput.parse({
        name: "Former guest",
        email: `guest${(emails += 1)}@example.com`,
        password: "correct horse battery",
        role: "learner",
      }),
    );
    const record = await explorationRecord(account.user.id);
    expect(record.map((r) => r.moves)).toEqual([MOVES.slice(0, 2)]);
  });

  it("clearing deletes the learner's moves only: answers, mastery and others' moves stay", async () => {
    const learner = await newLearner();
    const other = await newLearner();
    await answer(learner, { right: false, exploration: MOVES });
    await answer(other, { right: false, exploration: MOVES });
    const answersBefore = await db.answer.count({ where: { userId: learner } });
    const masteryBefore = await db.conceptMastery.count({ where: { userId: learner } });
    expect(await clearExplorationRecord(learner)).toBe(1);
    expect(await explorationRecord(learner)).toEqual([]);
    expect(await db.answer.count({ where: { userId: learner } })).toBe(answersBefore);
    expect(await db.conceptMastery.count({ where: { userId: learner } })).toBe(masteryBefore);
    expect(await explorationRecord(other)).toHaveLength(1);
  });

  it("the drill-down puts the moves beside their try; item analysis counts who explored", async () => {
    const ctx = { db, provider: providerOf(url) };
    const owner = await db.user.create({ data: { name: "T", role: "instructor" } });
    const cls = await db.class.create({
      data: { name: "C", ownerId: owner.id, joinCode: `EXPL${emails}` },
    });
    // Three explore (two right first time), two do not (one right); an unfinished attempt
    // is not analysed, as in item analysis.
    const plan = [
      { right: true, explore: true },
      { right: true, explore: true },
      { right: false, explore: true },
      { right: true, explore: false },
      { right: false, explore: false },
    ];
    const learners: string[] = [];
    for (const p of plan) {
      const learner = await newLearner();
      learners.push(learner);
      await db.enrollment.create({ data: { classId: cls.id, userId: learner } });
      const { attemptId } = await answer(learner, {
        right: p.right,
        ...(p.explore ? { exploration: MOVES } : {}),
      });
      await db.quizAttempt.update({ where: { id: attemptId }, data: { completedAt: new Date() } });
    }
    const unfinished = await newLearner();
    await db.enrollment.create({ data: { classId: cls.id, userId: unfinished } });
    await answer(unfinished, { right: true, exploration: MOVES });

    const item = (await itemExploration(ctx, cls.id)).get(question.id);
    expect(item).toEqual({
      questionId: question.id,
      explored: { count: 3, of: 5, share: 0.6 },
      rightWhenExplored: { count: 2, of: 3, share: 2 / 3 },
      rightOtherwise: { count: 1, of: 2, share: 0.5 },
    });

    const detail = await learnerDetail(ctx, { id: learners[2] ?? "", joinedAt: new Date(0) });
    const tries = detail.attempts.flatMap((a) => a.answers);
    expect(tries.map((t) => [t.questionId, t.exploration])).toEqual([[question.id, MOVES]]);
  });
});
