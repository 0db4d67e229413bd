import { describe, expect, it } from "vitest";
import { questionById } from "@/tests/support/questions";
import {
  gradeResponse,
  instantiateQuestion,
  revealAnswer,
  type QuestionInstance,
} from "@/lib/learning/grading";
import {
  composeGradeReply,
  parseAnswer,
  respond,
  respondStream,
  type HistoryTurn,
  type TutorReply,
} from "@/lib/tutor";
import { letteredChoices } from "@/lib/tutor/letters";

const question = questionById;
const instance = (id: string) => instantiateQuestion(question(id), `tutor:${id}`);

/** The right answer as a learner would type it in chat: letters, a number, or the model answer. */
function typedKey(inst: QuestionInstance): string {
  const solution = revealAnswer(inst);
  const letters = letteredChoices(inst);
  const letter = (id: string) => letters.find((l) => l.id === id)?.letter ?? "?";
  if (solution.correctOptionIds) return solution.correctOptionIds.map(letter).join(" and ");
  if (solution.value !== undefined) return `${solution.value}`;
  if (solution.correctOrder) return solution.correctOrder.map(letter).join(", ");
  return solution.modelAnswer ?? "";
}

const asked = (reply: TutorReply) => {
  const effect = reply.effects.find((e) => e.type === "quiz-question");
  if (!effect || effect.type !== "quiz-question") throw new Error("no quiz-question effect");
  return effect;
};

describe("quiz in conversation", () => {
  it("asks, reads the answer, and hands it to the grader, over two questions", async () => {
    const history: HistoryTurn[] = [];
    const seen: string[] = [];
    for (let round = 0; round < 2; round++) {
      const ask = await respond({
        message: "quiz me on exploding gradients",
        history: [...history],
      });
      expect(ask.intent).toBe("quiz");
      const { questionId, seed } = asked(ask);
      expect(questionId.startsWith("how-lstm-handles-exploding-gradients/")).toBe(true);
      expect(ask.quiz).toEqual({ questionId });
      expect(seen).not.toContain(questionId);
      seen.push(questionId);
      history.push(
        { role: "user", content: "quiz me on exploding gradients" },
        { role: "assistant", content: ask.reply, quiz: { questionId } },
      );

      const inst = instantiateQuestion(question(questionId), seed);
      const answer = await respond({ message: typedKey(inst), history: [...history] });
      expect(answer.intent).toBe("quiz-answer");
      expect(answer.reply).toMatch(/^Your answer: \*\*/);
      const effect = answer.effects[0];
      if (effect?.type !== "quiz-answer") throw new Error("no quiz-answer effect");
      expect(effect.questionId).toBe(questionId);
      const grade = gradeResponse(inst, effect.response);
      expect(grade.correct).toBe(true);
      const feedback = composeGradeReply(grade, question(questionId));
      expect(feedback.reply).toMatch(/^\*\*Correct\.\*\*/);
      history.push(
        { role: "user", content: typedKey(inst) },
        { role: "assistant", content: feedback.reply },
      );
    }
  });

  it("streams a quiz question in chunks that rebuild the markdown exactly", async () => {
    const parts: string[] = [];
    let final: TutorReply | undefined;
    for await (const p of respondStream({ message: "quiz me on the gru" })) {
      if (typeof p === "string") parts.push(p);
      else final = p;
    }
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join("")).toBe(final?.reply);
  });

  it("renders options with letters and says how to answer", async () => {
    const reply = await respond({ message: "quiz me on the gru" });
    expect(reply.reply).toMatch(/\*\*Question\*\*/);
    expect(reply.reply).toMatch(/- \*\*A\.\*\* /);
    expect(reply.reply).toMatch(/Reply with/);
  });

  it("asks again when the answer cannot be read, keeping the question pending", async () => {
    const id = "bptt-basics/vanishing-condition";
    const history: HistoryTurn[] = [
      { role: "assistant", content: "(question)", quiz: { questionId: id } },
    ];
    const reply = await respond({ message: "umm maybe", history });
    expect(reply.intent).toBe("quiz");
    expect(reply.quiz).toEqual({ questionId: id });
    expect(reply.reply).toMatch(/one letter/);
  });

  it("gives a hint for the pending quiz question and keeps it pending", async () => {
    const id = "bptt-basics/vanishing-condition";
    const history: HistoryTurn[] = [
      { role: "assistant", content: "(question)", quiz: { questionId: id } },
    ];
    const reply = await respond({ message: "hint please", history });
    expect(reply.effects).toEqual([{ type: "hint", questionId: id, hintIndex: 0 }]);
    expect(reply.quiz).toEqual({ questionId: id });
  });

  it("keeps a wrong answer's question pending when a retry is allowed", () => {
    const grade = { correct: false, fraction: 0, feedback: "Not quite.", misconceptions: [] };
    const reply = composeGradeReply(grade, question("bptt-basics/vanishing-condition"), {
      canRetry: true,
    });
    expect(reply.quiz).toEqual({ questionId: "bptt-basics/vanishing-condition" });
    expect(reply.reply).toMatch(/another go/);
  });

  it("calls partial credit partly right, not a miss", () => {
    const q = question("bptt-basics/vanishing-condition");
    const partial = { correct: false, fraction: 0.5, feedback: "One idea.", misconceptions: [] };
    expect(composeGradeReply(partial, q).reply).toMatch(
      /^\*\*Partly right \(50% of the credit\)\.\*\*/,
    );
    const wrong = { ...partial, fraction: 0 };
    expect(composeGradeReply(wrong, q).reply).toMatch(/^\*\*Not quite\.\*\*/);
  });
});

describe("parseAnswer", () => {
  const single = instance("bptt-basics/vanishing-condition");
  const multi = instance("how-to-fix-vanishing-gradients/remedies");
  const numeric = instance("bptt-basics/orthogonal-power");
  const ordering = instance("bptt-basics/bptt-steps");
  const ids = (inst: QuestionInstance) => letteredChoices(inst).map((c) => c.id);

  it.each([
    "b",
    "B)",
    "(b)",
    "option b",
    "I think it's B",
    "the second one",
    "b because the radius is smaller",
  ])("single-choice: %s -> option b", (message) => {
    expect(parseAnswer(message, single)).toEqual({
      ok: true,
      response: { type: "single-choice", optionId: ids(single)[1] },
    });
  });

  it("single-choice: by the option's own words", () => {
    const text = letteredChoices(single)[2]?.text ?? "";
    expect(parseAnswer(text, single)).toEqual({
      ok: true,
      response: { type: "single-choice", optionId: ids(single)[2] },
    });
  });

  it.each([
    ["a and c", [0, 2]],
    ["A, C, D", [0, 2, 3]],
    ["first and third", [0, 2]],
  ] as const)("multiple-select: %s", (message, picks) => {
    const all = ids(multi);
    expect(parseAnswer(message, multi)).toEqual({
      ok: true,
      response: { type: "multiple-select", optionIds: picks.map((i) => all[i]) },
    });
  });

  it.each([
    ["0.73", 0.73],
    ["about 7.8e-3", 0.0078],
    ["1.6 × 10^-7", 1.6e-7],
    ["$5.2 \\times 10^{-3}$", 0.0052],
  ] as const)("numeric: %s", (message, value) => {
    const parsed = parseAnswer(message, numeric);
    expect(
      parsed.ok && parsed.response.type === "numeric" ? parsed.response.value : NaN,
    ).toBeCloseTo(value, 12);
  });

  it("ordering: letters in order", () => {
    const letters = letteredChoices(ordering);
    const message = [...letters]
      .reverse()
      .map((l) => l.letter)
      .join(", ");
    expect(parseAnswer(message, ordering)).toEqual({
      ok: true,
      response: { type: "ordering", order: [...letters].reverse().map((l) => l.id) },
    });
  });

  it.each([
    ["hmm", single, /one letter/],
    ["z", single, /one letter/],
    ["no idea at all", numeric, /number/],
    ["a, b", ordering, /all 5 letters/],
  ] as const)("unreadable: %s", (message, inst, problem) => {
    const parsed = parseAnswer(message, inst);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});
