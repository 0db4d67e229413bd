import { describe, expect, it } from "vitest";
import { instantiateQuestion } from "@/lib/learning/grading";
import { checkLeak, respond } from "@/lib/tutor";
import { announcedDraft } from "@/lib/tutor/dialogue/draft";
import { questionById } from "@/tests/support/questions";

const SHORT_TEXT = "what-problem-lstm-solves/explain-long-gap";
const onQuestion = (message: string) =>
  respond({ message, questionId: SHORT_TEXT }, { attemptSeed: "draft" });

describe("a learner's own draft of a short-text answer", () => {
  it("reads the draft after its announcement", () => {
    expect(announcedDraft("here's my try: the gradient shrinks at every step")).toBe(
      "the gradient shrinks at every step",
    );
    expect(announcedDraft("can you check my answer - it is a product of factors")).toBe(
      "it is a product of factors",
    );
    expect(announcedDraft("is this enough now: “each step multiplies it by W”")).toBe(
      "each step multiplies it by W",
    );
    expect(announcedDraft("my attempt: vanishing")).toBeUndefined();
    expect(announcedDraft("the gradient shrinks at every step")).toBeUndefined();
  });

  it("gives rubric feedback, not a hint, when the announcement sounds like asking for the key", async () => {
    const reply = await onQuestion(
      "can you check my answer: each step multiplies the gradient by a factor below one so it vanishes",
    );
    expect(reply.intent).toBe("feedback");
    expect(reply.reply).toMatch(/key ideas/);
  });

  it("tells a draft with none of the ideas so, without handing it the model answer", async () => {
    const draft = "LSTMs fix it because they have more parameters";
    const reply = await onQuestion(`here's my try: ${draft}`);
    expect(reply.intent).toBe("feedback");
    expect(reply.reply).toMatch(/does not state any of the 3 key ideas/);
    expect(reply.reply).not.toMatch(/on the way/);
    const inst = instantiateQuestion(questionById(SHORT_TEXT), "draft");
    expect(checkLeak(reply.reply, inst, draft).leaked).toBe(false);
  });

  it("names what a nearly complete draft still lacks", async () => {
    const reply = await onQuestion(
      "my attempt: the gradient gets multiplied by the same weight again and again so it shrinks if its small",
    );
    expect(reply.reply).toMatch(/states 2 of the 3 key ideas/);
    expect(reply.reply).toMatch(/Still missing: so the weights get almost no signal/);
  });

  it("answers 'what am I missing?' about the open question with its next hint", async () => {
    const reply = await onQuestion("what am i missing?");
    expect(reply.intent).toBe("hint");
    expect(reply.reply).toMatch(/\*\*Hint 1 of 2:\*\*/);
  });
});
