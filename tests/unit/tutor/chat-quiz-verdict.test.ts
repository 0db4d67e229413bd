// A signed-in learner's chat-quiz answers go through the tutor route, are graded and stored, and
// the verdict says back what was read; after the last try it shows the answer and why, as the
// quiz page does.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as tutor from "@/app/api/tutor/route";
import { getQuestion } from "@/lib/content";
import { instantiateQuestion, revealAnswer } from "@/lib/learning/grading";
import { letteredChoices } from "@/lib/tutor/letters";
import { releaseDatabase } from "@/tests/support/use-database";
import { describeBothProviders } from "@/tests/support/postgres";
import { createWorld, type World } from "../fuzz/support/world";
import { callAs } from "../security/support";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

const QUESTION = "gru/state";

await describeBothProviders("chat-quiz verdicts", ({ freshDatabaseUrl }) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
  });
  afterAll(async () => releaseDatabase(world.db));

  async function answer(message: string, key: string) {
    const question = getQuestion(QUESTION);
    const turn = await callAs(world, tutor.POST, {
      userId: world.ids.learnerId,
      method: "POST",
      path: "/api/tutor",
      body: {
        message,
        clientMessageId: key,
        history: [
          { role: "user", content: "quiz me on the gru" },
          { role: "assistant", content: question?.prompt ?? "", quiz: { questionId: QUESTION } },
        ],
      },
    });
    expect(turn.status).toBe(200);
    return JSON.parse(turn.text) as {
      reply: string;
      quiz?: { questionId: string };
      effects: { type: string; seed?: string }[];
    };
  }

  describe("three wrong tries", () => {
    it("says back each answer, then shows the right one with its explanation", async () => {
      const probe = await answer("a", "verdict-1");
      const seed = probe.effects.find((e) => e.type === "quiz-answer")?.seed;
      const question = getQuestion(QUESTION);
      if (!seed || !question) throw new Error("no graded chat answer");
      const inst = instantiateQuestion(question, seed);
      const key = revealAnswer(inst).correctOptionIds ?? [];
      const choices = letteredChoices(inst);
      const wrong = choices.find((c) => !key.includes(c.id))!.letter;
      const right = choices.find((c) => key.includes(c.id))!.letter.toUpperCase();
      const tries = choices[0]!.letter === wrong ? [probe] : [];
      for (let i = tries.length; i < 3; i++) tries.push(await answer(wrong, `verdict-w${i}`));

      const [first, second, last] = tries.slice(-3);
      for (const verdict of [first, second]) {
        if (verdict === probe) continue;
        expect(verdict!.reply).toContain(`You answered **${wrong.toUpperCase()}**`);
        expect(verdict!.reply).toMatch(/another go/);
        expect(verdict!.reply).not.toContain("The answer:");
      }
      expect(last!.reply).toContain(`You answered **${wrong.toUpperCase()}**`);
      expect(last!.reply).toContain(`The answer: **${right}**`);
      expect(last!.reply).toContain(inst.explanation.slice(0, 40));
      expect(last!.quiz).toBeUndefined();
    });
  });
});
