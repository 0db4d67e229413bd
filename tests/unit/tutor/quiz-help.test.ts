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
  solutionText,
  type HistoryTurn,
  type TutorReply,
} from "@/lib/tutor";
import { detectIntent } from "@/lib/tutor/intent";
import { letteredChoices } from "@/lib/tutor/letters";

const question = questionById;

const GRU_STATE = "gru/state";

/** A chat quiz on `topic`, then `turns`; each graded answer is replaced by its verdict, as the app does. */
async function quizThread(topic: string, turns: readonly string[]) {
  const history: HistoryTurn[] = [];
  const first = await respond({ message: `quiz me on ${topic}` });
  const effect = first.effects.find((e) => e.type === "quiz-question");
  if (effect?.type !== "quiz-question") throw new Error("no question asked");
  history.push(
    { role: "user", content: `quiz me on ${topic}` },
    { role: "assistant", content: first.reply, quiz: { questionId: effect.questionId } },
  );
  const inst = instantiateQuestion(question(effect.questionId), effect.seed);
  const replies: TutorReply[] = [];
  let state = first.state;
  for (const message of turns) {
    const reply = await respond({ message, history: [...history], ...(state ? { state } : {}) });
    replies.push(reply);
    state = reply.state;
    history.push(
      { role: "user", content: message },
      { role: "assistant", content: reply.reply, ...(reply.quiz ? { quiz: reply.quiz } : {}) },
    );
  }
  return { inst, replies, history, questionId: effect.questionId };
}

function wrongLetter(inst: QuestionInstance): string {
  const key = revealAnswer(inst).correctOptionIds ?? [];
  const wrong = letteredChoices(inst).find((c) => !key.includes(c.id));
  if (!wrong) throw new Error("no wrong option");
  return wrong.letter;
}

describe("chat quiz: messages that are not answers", () => {
  it("reads 'i dont know' and 'dunno' as asking for a hint, with the question kept open", async () => {
    for (const message of ["i dont know", "dunno", "honestly no clue", "not sure tbh"]) {
      const { replies } = await quizThread("the gru", [message]);
      const reply = replies[0]!;
      expect(reply.intent, message).toBe("hint");
      expect(reply.reply, message).toMatch(/\*\*Hint 1 of \d:\*\*/);
      expect(reply.quiz, message).toBeDefined();
    }
  });

  it("serves a different question for 'ok next one' or 'another one please'", async () => {
    for (const message of ["ok next one", "another one please", "can i have the next question"]) {
      const { replies, questionId } = await quizThread("clipping", [message]);
      const next = replies[0]!.effects.find((e) => e.type === "quiz-question");
      expect(next?.type, message).toBe("quiz-question");
      if (next?.type === "quiz-question") expect(next.questionId, message).not.toBe(questionId);
    }
  });

  it("answers 'why was that wrong?' during a retry with a hint, not off-topic and not the key", async () => {
    const first = await respond({ message: "quiz me on the gru" });
    const effect = first.effects.find((e) => e.type === "quiz-question");
    if (effect?.type !== "quiz-question") throw new Error("no question asked");
    const inst = instantiateQuestion(question(effect.questionId), effect.seed);
    const history: HistoryTurn[] = [
      { role: "user", content: "quiz me on the gru" },
      { role: "assistant", content: first.reply, quiz: { questionId: effect.questionId } },
      { role: "user", content: wrongLetter(inst) },
      {
        role: "assistant",
        content: "**Not quite.** Have another go, or ask for a hint.",
        quiz: { questionId: effect.questionId },
      },
    ];
    const reply = await respond({ message: "hmm why was that wrong", history });
    expect(reply.intent).toBe("hint");
    expect(reply.reply).toMatch(/won't say which part was wrong/);
    expect(reply.quiz).toEqual({ questionId: effect.questionId });
  });

  it("says how the chat quiz works when asked, and keeps the question open", async () => {
    const { replies } = await quizThread("clipping", ["how many more questions?"]);
    expect(replies[0]!.reply).toMatch(/one question at a time/);
    expect(replies[0]!.quiz).toBeDefined();
  });

  it("does not read 'its output' in an answer as asking to print the key", () => {
    const ctx = { hasQuestion: true, hasPlot: false };
    const said = "it keeps a cell state separate from its output like the lstm";
    expect(detectIntent(said, ctx, false)).not.toBe("hint");
    expect(detectIntent("print the answer", ctx, false)).toBe("hint");
    expect(detectIntent("reveal it", ctx, false)).toBe("hint");
  });
});

describe("chat quiz: a choice answered in words", () => {
  const inst = instantiateQuestion(question(GRU_STATE), "words");
  const options = inst.type === "single-choice" ? inst.options : [];

  it("reads a clear description of one option as that option", () => {
    const parsed = parseAnswer("the update gate mixes the old hidden state with a candidate", inst);
    if (!parsed.ok || parsed.response.type !== "single-choice") throw new Error("not read");
    const { optionId } = parsed.response;
    expect(options.find((o) => o.id === optionId)?.text).toMatch(/mixes the old hidden state/);
  });

  it("does not guess from a sentence that fits no option or several", () => {
    expect(parseAnswer("gradients vanish over long sequences", inst).ok).toBe(false);
    expect(parseAnswer("the state", inst).ok).toBe(false);
  });
});

describe("chat quiz: the verdict", () => {
  const q = question("how-lstm-handles-exploding-gradients/threshold-change");

  it("says back the answer as read, and does not repeat 'correct'", () => {
    const grade = {
      correct: true,
      fraction: 1,
      feedback: "Correct, within the tolerance.",
      misconceptions: [],
    };
    const reply = composeGradeReply(grade, q, { answered: "6" });
    expect(reply.reply).toMatch(
      /^\*\*Correct\.\*\* You answered \*\*6\*\*\. Within the tolerance\./,
    );
    expect(reply.reply.match(/correct/gi)).toHaveLength(1);
  });

  it("shows the answer and its explanation after the last try, as the quiz page does", () => {
    const inst = instantiateQuestion(q, "last-try");
    const solution = solutionText(revealAnswer(inst), inst);
    const key = revealAnswer(inst).value;
    expect(solution).toContain(`**${key}**`);
    const grade = gradeResponse(inst, { type: "numeric", value: 99 });
    const reply = composeGradeReply(grade, q, { answered: "99", solution });
    expect(reply.quiz).toBeUndefined();
    expect(reply.reply).toContain(solution);
    expect(reply.reply).toMatch(/Reread/);
  });

  it("names the right options by their letters in the order the chat showed", () => {
    const inst = instantiateQuestion(question(GRU_STATE), "shown");
    const key = revealAnswer(inst).correctOptionIds ?? [];
    const letter = letteredChoices(inst)
      .find((c) => c.id === key[0])
      ?.letter.toUpperCase();
    expect(solutionText(revealAnswer(inst), inst)).toContain(`**${letter}**`);
  });

  it("after the last try, 'why was that wrong?' repeats the shown answer instead of going off-topic", async () => {
    const inst = instantiateQuestion(question(GRU_STATE), "after");
    const solution = solutionText(revealAnswer(inst), inst);
    const history: HistoryTurn[] = [
      { role: "user", content: "quiz me on the gru" },
      { role: "assistant", content: "**Question** …", quiz: { questionId: GRU_STATE } },
      { role: "user", content: "a" },
      {
        role: "assistant",
        content: `**Not quite.** You answered **A**.\n\n${solution}\n\nReread it.`,
      },
    ];
    const reply = await respond({ message: "why was that wrong?", history });
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.reply).toContain(solution);
    expect(reply.citations[0]?.id).toBe("gru");
  });
});
