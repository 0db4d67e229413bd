import { describe, expect, it } from "vitest";
import { AnswerOutcome, AttemptView, SubmitAnswerInput } from "@/lib/contracts/quiz";
import {
  HISTORY_TURN_MAX_CHARS,
  MAX_HISTORY_TURNS,
  MAX_MESSAGE_CHARS,
  TutorStreamEvent,
  TutorTurnInput,
} from "@/lib/contracts/tutor";
import { RotateCodeInput } from "@/lib/contracts/classes";
import { TutorRequest } from "@/lib/tutor";

const firstField = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path.join(".");

describe("quiz contract", () => {
  it("names the field of a bad answer", () => {
    const bad = SubmitAnswerInput.safeParse({
      attemptId: "a",
      questionId: "q",
      response: {},
      idempotencyKey: "short",
      timeTakenMs: 10,
    });
    expect(bad.success).toBe(false);
    expect(firstField(bad)).toBe("idempotencyKey");
  });

  it("reads an attempt as the server sends it, with the last outcome stored without `replayed`", () => {
    const view = {
      attemptId: "a",
      lessonId: "l",
      kind: "lesson",
      completed: false,
      questions: [{ id: "l/q", status: "in-progress", tries: 1, hintsTaken: 0, score: 0 }],
      current: {
        question: {
          questionId: "l/q",
          lessonId: "l",
          type: "numeric",
          prompt: "How much?",
          concepts: ["c"],
          difficulty: 2,
          simulated: true,
          hintCount: 1,
          unit: "steps",
        },
        hints: [],
        hintCount: 1,
        lastOutcome: {
          questionId: "l/q",
          correct: false,
          score: 0,
          fraction: 0,
          feedback: "No.",
          misconceptions: [],
          tryNumber: 1,
          triesLeft: 2,
          finished: false,
          nextQuestionId: null,
        },
      },
      totalScore: 0,
    };
    expect(AttemptView.parse(view)).toEqual(view);
    expect(AttemptView.safeParse({ ...view, kind: "exam" }).success).toBe(false);
    // A fresh outcome must say whether it was a replay.
    expect(AnswerOutcome.safeParse(view.current.lastOutcome).success).toBe(false);
  });
});

describe("tutor contract", () => {
  const message = (n: number) => "x".repeat(n);

  it("holds the limits the chat counts against", () => {
    expect(TutorTurnInput.safeParse({ message: message(MAX_MESSAGE_CHARS) }).success).toBe(true);
    const long = TutorTurnInput.safeParse({ message: message(MAX_MESSAGE_CHARS + 1) });
    expect(firstField(long)).toBe("message");
    const turns = Array.from({ length: MAX_HISTORY_TURNS + 1 }, () => ({
      role: "user",
      content: "hi",
    }));
    expect(firstField(TutorTurnInput.safeParse({ message: "hi", history: turns }))).toBe("history");
    const longTurn = [{ role: "assistant", content: message(HISTORY_TURN_MAX_CHARS + 1) }];
    expect(firstField(TutorTurnInput.safeParse({ message: "hi", history: longTurn }))).toBe(
      "history.0.content",
    );
  });

  it("agrees with the tutor engine's own request schema on every case", () => {
    const cases = [
      { message: "why does it vanish?" },
      { message: "  " },
      { message: message(MAX_MESSAGE_CHARS + 1) },
      { message: "hi", history: [{ role: "user", content: message(HISTORY_TURN_MAX_CHARS) }] },
      {
        message: "hi",
        history: [{ role: "user", content: message(HISTORY_TURN_MAX_CHARS + 1) }],
      },
      { message: "hi", params: { steps: 5, cell: "lstm" } },
    ];
    for (const c of cases) {
      expect(TutorTurnInput.safeParse(c).success, JSON.stringify(c).slice(0, 60)).toBe(
        TutorRequest.safeParse(c).success,
      );
    }
  });

  it("parses the streamed events and refuses an unknown one", () => {
    expect(TutorStreamEvent.parse({ event: "chunk", data: { text: "Hel" } })).toEqual({
      event: "chunk",
      data: { text: "Hel" },
    });
    const done = {
      reply: "Hello.",
      citations: [{ id: "bptt-basics", title: "BPTT" }],
      intent: "greeting",
      effects: [],
      engine: "builtin",
    };
    expect(TutorStreamEvent.parse({ event: "done", data: done }).data).toEqual(done);
    expect(TutorStreamEvent.safeParse({ event: "progress", data: {} }).success).toBe(false);
  });
});

describe("class contract", () => {
  it("rotation expiry names its field", () => {
    expect(RotateCodeInput.parse({})).toEqual({ expiresInDays: 0 });
    expect(firstField(RotateCodeInput.safeParse({ expiresInDays: 400 }))).toBe("expiresInDays");
  });
});
