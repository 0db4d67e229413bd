import { describe, expect, it } from "vitest";
import { AnswerOutcome, AttemptView, SubmitAnswerInput } from "@/lib/contracts/quiz";
import {
  HISTORY_TURN_MAX_CHARS,
  MAX_HISTORY_TURNS,
  MAX_MESSAGE_CHARS,
  TutorRequest,
  TutorStreamEvent,
  TutorTurnInput,
  TutorTurnResult,
} from "@/lib/contracts/tutor";
import { RotateCodeInput } from "@/lib/contracts/classes";
import { TutorRequest as EngineRequest } from "@/lib/tutor";

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

  it("reads the plot on screen and a dialogue state, naming a bad field", () => {
    const plot = { scenarioId: "vanishing-rnn", params: { steps: 50, cell: "rnn" } };
    const state = { topic: "bptt-basics", terms: ["vanish"], turns: 2 };
    const parsed = TutorTurnInput.parse({ message: "why?", plot, state });
    expect(parsed.plot).toEqual(plot);
    // Defaults fill what a stored or sent state left out.
    expect(parsed.state).toEqual({ ...state, quoted: [] });
    const badPlot = TutorTurnInput.safeParse({ message: "why?", plot: { params: {} } });
    expect(firstField(badPlot)).toBe("plot.scenarioId");
    const badState = TutorTurnInput.safeParse({ message: "why?", state: { turns: -1 } });
    expect(firstField(badState)).toBe("state.turns");
    // The engine parses the same schema (one definition, re-exported).
    expect(TutorRequest).toBe(EngineRequest);
  });

  it("carries the engine's state, topic, misconceptions and kind in the result", () => {
    const result = {
      reply: "No: clipping is still needed.",
      citations: [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      misconceptions: ["lstm-never-explodes"],
      kind: "yes-no",
      topic: "how-lstm-handles-exploding-gradients",
      state: { terms: [], quoted: [], turns: 1, quiz: { questionId: "a/b" } },
    };
    expect(TutorTurnResult.parse(result)).toEqual(result);
    expect(firstField(TutorTurnResult.safeParse({ ...result, kind: "rant" }))).toBe("kind");
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
