import { afterAll, beforeAll, expect, it } from "vitest";
import { questionsForLesson, type Question } from "@/lib/content";
import { attemptView, startOrResumeAttempt, startReview } from "@/lib/services/attempts";
import type { Db } from "@/lib/db/prisma";
import { instanceSeed, revealHint, submitAnswer } from "@/lib/services/quiz";
import { instantiateQuestion, revealAnswer } from "@/lib/learning/grading";
import { DEFAULT_BKT } from "@/lib/learning/mastery";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";
import { keyMaker, singleChoice } from "@/tests/support/answers";
import { rejection } from "@/tests/support/rejection";

const LESSON = "how-lstm-handles-exploding-gradients";

function firstOfType(type: Question["type"]): Question {
  const question = questionsForLesson(LESSON).find((q) => q.type === type);
  if (!question) throw new Error(`no ${type} question in ${LESSON}`);
  return question;
}

const choice = singleChoice;
const key = keyMaker("test-key");

await describeBothProviders("quiz data access", ({ freshDatabaseUrl }) => {
  let db: Db;
  let learner: string;
  let other: string;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
    learner = (await db.user.create({ data: { name: "L", email: "l@example.com" } })).id;
    other = (await db.user.create({ data: { name: "O", email: "o@example.com" } })).id;
  });
  afterAll(() => releaseDatabase(db));

  it("starts at the lesson's first question and resumes the same attempt", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON);
    const again = await startOrResumeAttempt(learner, LESSON);
    expect(again.attemptId).toBe(attemptId);
    const view = await attemptView(learner, attemptId);
    expect(view.current?.question.questionId).toBe(questionsForLesson(LESSON)[0]?.id);
    expect(JSON.stringify(view)).not.toContain('"correct":true');
  });

  it("grades a wrong then a right try with decreasing credit, and moves on", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question = firstOfType("single-choice");
    const wrong = await submitAnswer(learner, {
      attemptId,
      questionId: question.id,
      response: choice(attemptId, question, false),
      idempotencyKey: key(),
      timeTakenMs: 1000,
    });
    expect(wrong).toMatchObject({ correct: false, tryNumber: 1, triesLeft: 2, finished: false });
    expect(wrong.misconceptions.length).toBeGreaterThan(0);
    expect(wrong.solution).toBeUndefined();
    const right = await submitAnswer(learner, {
      attemptId,
      questionId: question.id,
      response: choice(attemptId, question, true),
      idempotencyKey: key(),
      timeTakenMs: 1000,
    });
    expect(right).toMatchObject({ correct: true, tryNumber: 2, finished: true, score: 0.6 });
    expect([wrong.bestScore, right.bestScore]).toEqual([0, 0.6]);
    expect(right.solution?.explanation).toBe(question.explanation);
    const error = await rejection(
      submitAnswer(learner, {
        attemptId,
        questionId: question.id,
        response: choice(attemptId, question, true),
        idempotencyKey: key(),
        timeTakenMs: 1000,
      }),
    );
    expect(error.status).toBe(409);
    // A finished question has a review card; mastery moved only with the first (wrong) try.
    const card = await db.reviewCard.findUnique({
      where: { userId_questionId: { userId: learner, questionId: question.id } },
    });
    expect(card?.due.getTime()).toBeGreaterThan(Date.now());
    const mastery = await db.conceptMastery.findMany({ where: { userId: learner } });
    expect(mastery.length).toBe(new Set(question.concepts).size);
    for (const m of mastery) {
      expect(m.attempts).toBe(1);
      expect(m.correct).toBe(0);
      expect(m.pKnown).toBeLessThan(DEFAULT_BKT.pInit + DEFAULT_BKT.pTransit);
    }
  });

  it("reports the best try so far beside a later, lower one", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question = firstOfType("multiple-select");
    const instance = instantiateQuestion(question, instanceSeed(attemptId, question.id));
    if (instance.type !== "multiple-select") throw new Error("multiple-select expected");
    const right = instance.options.filter((o) => o.correct).map((o) => o.id);
    const wrongIds = instance.options.filter((o) => !o.correct).map((o) => o.id);
    const send = (optionIds: string[]) =>
      submitAnswer(learner, {
        attemptId,
        questionId: question.id,
        response: { type: "multiple-select", optionIds },
        idempotencyKey: key(),
        timeTakenMs: 1000,
      });
    // One of the right options alone: credit 1/#right on try 1; then only wrong ones: 0.
    const partial = await send(right.slice(0, 1));
    expect(partial.score).toBeCloseTo(1 / right.length, 10);
    const worse = await send(wrongIds);
    expect(worse).toMatchObject({ tryNumber: 2, score: 0 });
    expect(worse.bestScore).toBeCloseTo(1 / right.length, 10);
  });

  it("counts a repeated submit once and refuses a reused key for another answer", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question = firstOfType("single-choice");
    const body = {
      attemptId,
      questionId: question.id,
      response: choice(attemptId, question, false),
      idempotencyKey: key(),
      timeTakenMs: 500,
    };
    const [first, second] = await Promise.all([
      submitAnswer(learner, body),
      submitAnswer(learner, body),
    ]);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    expect(second.tryNumber).toBe(first.tryNumber);
    expect(await db.answer.count({ where: { attemptId, questionId: question.id } })).toBe(1);
    const third = await submitAnswer(learner, body);
    expect(third.replayed).toBe(true);
    const reused = await rejection(
      submitAnswer(learner, { ...body, response: choice(attemptId, question, true) }),
    );
    expect(reused.status).toBe(409);
    expect(reused.fields.idempotencyKey).toBeTruthy();
    expect(await db.answer.count({ where: { attemptId, questionId: question.id } })).toBe(1);
  });

  it("answers another learner's attempt with 404 and stores nothing", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question = firstOfType("single-choice");
    const before = await db.answer.count();
    const error = await rejection(
      submitAnswer(other, {
        attemptId,
        questionId: question.id,
        response: choice(attemptId, question, true),
        idempotencyKey: key(),
        timeTakenMs: 1,
      }),
    );
    expect(error.status).toBe(404);
    await expect(attemptView(other, attemptId)).rejects.toMatchObject({ status: 404 });
    expect(await db.answer.count()).toBe(before);
  });

  it.each([
    ["an unknown question", { questionId: "no-such/question" }, 422, "questionId"],
    [
      "a question of another lesson",
      { questionId: questionsForLesson("gru")[0]?.id ?? "" },
      422,
      "questionId",
    ],
    [
      "a response of the wrong type",
      { response: { type: "numeric", value: 1 } },
      422,
      "response.type",
    ],
    ["a malformed response", { response: { type: "single-choice" } }, 400, "response.optionId"],
    [
      "an unknown option",
      { response: { type: "single-choice", optionId: "zzz" } },
      422,
      "response.optionId",
    ],
  ])("refuses %s naming the field", async (_name, override, status, field) => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question = firstOfType("single-choice");
    const before = await db.answer.count();
    const error = await rejection(
      submitAnswer(learner, {
        attemptId,
        questionId: question.id,
        response: choice(attemptId, question, true),
        idempotencyKey: key(),
        timeTakenMs: 1,
        ...override,
      }),
    );
    expect(error.status).toBe(status);
    expect(Object.keys(error.fields)).toContain(field);
    expect(await db.answer.count()).toBe(before);
  });

  it("hands out hints one at a time, counted once, and charges them to the answer", async () => {
    const { attemptId } = await startOrResumeAttempt(learner, LESSON, true);
    const question =
      questionsForLesson(LESSON).find((q) => q.type === "numeric") ?? firstOfType("single-choice");
    const skip = await rejection(
      revealHint(learner, { attemptId, questionId: question.id, hintIndex: 1 }),
    );
    expect(skip.status).toBe(422);
    const [a, b] = await Promise.all([
      revealHint(learner, { attemptId, questionId: question.id, hintIndex: 0 }),
      revealHint(learner, { attemptId, questionId: question.id, hintIndex: 0 }),
    ]);
    expect(a.hint).toBe(b.hint);
    expect(await db.hintUse.count({ where: { userId: learner, questionId: question.id } })).toBe(1);
    const view = await attemptView(learner, attemptId);
    const state = view.questions.find((q) => q.id === question.id);
    expect(state?.hintsTaken).toBe(1);
  });

  it("a restart opens a new attempt beside the open one, which resuming then leaves", async () => {
    const fresh = (await db.user.create({ data: { name: "R", email: "r@example.com" } })).id;
    // A second apart, so that "newest" does not depend on two calls falling in one millisecond.
    const at = (s: number) => new Date(Date.now() + s * 1000);
    const open = await startOrResumeAttempt(fresh, LESSON, false, at(0));
    const restarted = await startOrResumeAttempt(fresh, LESSON, true, at(1));
    expect(restarted.attemptId).not.toBe(open.attemptId);
    const resumed = await startOrResumeAttempt(fresh, LESSON, false, at(2));
    expect(resumed.attemptId).toBe(restarted.attemptId);
    expect(await db.quizAttempt.count({ where: { userId: fresh } })).toBe(2);
    const view = await attemptView(fresh, restarted.attemptId);
    expect(view.questions.every((q) => q.tries === 0)).toBe(true);
  });

  it("the view counts the learner's hints from earlier attempts, and no one else's", async () => {
    const question = firstOfType("single-choice");
    const { attemptId: earlier } = await startOrResumeAttempt(other, LESSON, true);
    await revealHint(other, { attemptId: earlier, questionId: question.id, hintIndex: 0 });
    const { attemptId } = await startOrResumeAttempt(other, LESSON, true);
    const counts = (await attemptView(other, attemptId)).questions.map((q) => [q.id, q.hintsTaken]);
    expect(counts).toEqual(
      questionsForLesson(LESSON).map((q) => [q.id, q.id === question.id ? 1 : 0]),
    );
    const learnerViews = await attemptView(
      learner,
      (await startOrResumeAttempt(learner, LESSON)).attemptId,
    );
    expect(learnerViews.questions.find((q) => q.id === question.id)?.hintsTaken).toBe(0);
  });

  it("a review attempt covers the one due question with fresh numbers", async () => {
    const question = firstOfType("single-choice");
    const { attemptId } = await startReview(learner, question.id);
    const view = await attemptView(learner, attemptId);
    expect(view.kind).toBe("review");
    expect(view.questions.map((q) => q.id)).toEqual([question.id]);
    const instance = instantiateQuestion(question, instanceSeed(attemptId, question.id));
    const correct = revealAnswer(instance).correctOptionIds?.[0];
    const outcome = await submitAnswer(learner, {
      attemptId,
      questionId: question.id,
      response: { type: "single-choice", optionId: correct },
      idempotencyKey: key(),
      timeTakenMs: 1,
    });
    expect(outcome).toMatchObject({ correct: true, finished: true, nextQuestionId: null });
    expect((await attemptView(learner, attemptId)).completed).toBe(true);
  });
});
