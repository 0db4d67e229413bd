// The tutor must not be an unlimited answer oracle for the lesson quiz. With the lesson's
// question open and a history saying the tutor asked it, chat answers used to be graded with
// the lesson attempt's own seed ("too high / too low", any number of times). Now chat quizzes
// have their own instance; where that still poses the lesson's very problem, the answer counts
// as a try of the lesson attempt.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as attempts from "@/app/api/attempts/route";
import * as tutor from "@/app/api/tutor/route";
import { drawParams, questionsForLesson, type Question } from "@/lib/content";
import { instanceSeed } from "@/lib/services/quiz/seed";
import { gradeResponse, instantiateQuestion, revealAnswer } from "@/lib/learning/grading";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { createWorld, type World } from "../fuzz/support/world";
import { callAs } from "./support";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

const LESSON = "how-lstm-handles-exploding-gradients";
const lessonQuestion = (type: string, simulated: boolean): Question => {
  const found = questionsForLesson(LESSON).find((q) => q.type === type && "sim" in q === simulated);
  if (!found) throw new Error(`${LESSON} has no ${type} question (simulated: ${simulated})`);
  return found;
};

await describeBothProviders("chat answers to a lesson question", ({ freshDatabaseUrl }) => {
  let world: World;
  let learnerId: string;
  let attemptId: string;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
    learnerId = world.ids.learnerId;
    const started = await callAs(world, attempts.POST, {
      userId: learnerId,
      method: "POST",
      path: "/api/attempts",
      body: { lessonId: LESSON },
    });
    expect(started.status).toBe(201);
    attemptId = (JSON.parse(started.text) as { attemptId: string }).attemptId;
  });
  afterAll(async () => releaseDatabase(world.db));

  /** Answers `question` in chat as if the tutor had just asked it, with it open in the lesson. */
  async function answerInChat(question: Question, message: string, key: string) {
    const turn = await callAs(world, tutor.POST, {
      userId: learnerId,
      method: "POST",
      path: "/api/tutor",
      body: {
        message,
        questionId: question.id,
        lessonId: LESSON,
        clientMessageId: key,
        history: [
          { role: "assistant", content: question.prompt, quiz: { questionId: question.id } },
        ],
      },
    });
    expect(turn.status).toBe(200);
    const reply = JSON.parse(turn.text) as {
      effects: { type: string; seed?: string; response?: unknown }[];
    };
    const effect = reply.effects.find((e) => e.type === "quiz-answer");
    const stored = await world.db.answer.findUniqueOrThrow({
      where: { userId_idempotencyKey: { userId: learnerId, idempotencyKey: `chat-${key}` } },
      select: { attemptId: true, correct: true },
    });
    return { seed: effect?.seed, stored };
  }

  it("grades a simulated question with the chat's own numbers, not the lesson's key", async () => {
    const question = lessonQuestion("numeric", true);
    const lessonSeed = instanceSeed(attemptId, question.id);
    const lessonKey = revealAnswer(instantiateQuestion(question, lessonSeed)).value;
    if (lessonKey === undefined) throw new Error("a numeric question without a key");

    const { seed, stored } = await answerInChat(question, String(lessonKey), "oracle-probe-1");
    expect(seed).toBeDefined();
    expect(seed).not.toBe(lessonSeed);
    const sim = "sim" in question ? question.sim : undefined;
    if (!sim || !seed) throw new Error("unreachable");
    const same =
      JSON.stringify(drawParams(sim.params, seed, question.id)) ===
      JSON.stringify(drawParams(sim.params, lessonSeed, question.id));
    if (same) {
      // The chat drew the lesson's numbers: the answer is a lesson try, not a free probe.
      expect(stored.attemptId).toBe(attemptId);
    } else {
      expect(stored.attemptId).not.toBe(attemptId);
      const chatGrade = gradeResponse(instantiateQuestion(question, seed), {
        type: "numeric",
        value: lessonKey,
      });
      expect(stored.correct).toBe(chatGrade.correct);
    }
  });

  it("counts an answer to a question without drawn numbers as a try of the lesson", async () => {
    const question = lessonQuestion("single-choice", false);
    const before = await world.db.answer.count({ where: { attemptId, questionId: question.id } });
    const { stored } = await answerInChat(question, "a", "oracle-probe-2");
    expect(stored.attemptId).toBe(attemptId);
    expect(await world.db.answer.count({ where: { attemptId, questionId: question.id } })).toBe(
      before + 1,
    );
  });
});
