/**
 * Mechanisms that answer the question asked, in wordings no eval set uses: a condition that
 * makes a catalogued claim true opens "Yes", a condition after a yes/no question is supposed
 * rather than claimed, a comparison sets each side against the other, the question's uncovered
 * focus words get their sentence, a vanishing gated network is pointed at its gate bias, and a
 * neighbouring engineering topic is honestly not covered.
 */
import { describe, expect, it } from "vitest";
import { classify, respond, type TutorReply } from "@/lib/tutor";
import { compareOpening } from "@/lib/tutor/answer/compare";
import { definitionAsked } from "@/lib/tutor/answer/glossary";
import { detectMisconceptions } from "@/lib/tutor/answer/misconceptions";
import { namingSymptoms } from "@/lib/tutor/retrieval/symptoms";

const ask = (message: string): Promise<TutorReply> => respond({ message, history: [] }, {});

describe("a condition that makes the catalogued claim true", () => {
  it("opens Yes with the course sentence for that case, then the general correction", async () => {
    const reply = await ask("would the 1997 truncated gradient equal the full one if W_hh were 0?");
    expect(reply.reply).toMatch(/^Yes: /);
    expect(reply.reply).toMatch(/non-zero recurrent weights/);
    expect(reply.misconceptions ?? []).toEqual([]);
  });

  it("still corrects the claim stated without the condition", async () => {
    const reply = await ask("the 1997 truncated gradient equals the full gradient, yes?");
    expect(reply.reply).toMatch(/^No: /);
    expect(reply.misconceptions).toContain("full-equals-truncated");
  });
});

describe("a condition after a yes/no question is supposed, not claimed", () => {
  it("records no misconception for the supposition", () => {
    expect(
      detectMisconceptions("is the cell's factor exactly 1 when the forget gate is 1?"),
    ).toEqual([]);
  });

  it("a claim that opens with its condition is still a claim", () => {
    expect(
      detectMisconceptions("if I switch to relu my rnn won't have vanishing gradients"),
    ).toContain("relu-alone-fixes-rnns");
  });
});

describe("comparisons set each side against the other", () => {
  it("'X and Y differ' is a comparison", () => {
    expect(classify("how do exploding and vanishing gradients differ when you train?")).toBe(
      "compare",
    );
  });

  it("each side says what it is and how it differs", () => {
    const text = compareOpening("value clipping versus norm clipping", undefined) ?? "";
    expect(text).toMatch(/\*\*Value clipping\*\*/);
    expect(text).toMatch(/\*\*Gradient clipping \(by norm\)\*\*/);
    expect(text).toMatch(/direction/);
    const gru = compareOpening("GRU or LSTM: which gates differ?", "gru") ?? "";
    expect(gru).toMatch(/coupled/);
  });
});

describe("the question's focus words get their sentence", () => {
  it("a why-question about tanh hears about the derivative", async () => {
    const reply = await ask("why do tanh recurrent nets lose their gradient over long gaps?");
    expect(reply.reply).toMatch(/derivative/);
  });

  it("a what-if with a value quotes the consequence, not a definition", async () => {
    const reply = await ask("what happens if the forget-gate bias stays at 0?");
    expect(reply.reply).not.toMatch(/^\*\*Forget gate/);
    expect(reply.reply).toMatch(/0\.5/);
  });
});

describe("diagnoses", () => {
  it("a described symptom names its regime", () => {
    expect(namingSymptoms("my GRU cannot learn anything long range")).toMatch(/vanishes/);
  });

  it("a vanishing LSTM is pointed at its forget-gate bias", async () => {
    const reply = await ask(
      "my lstm never learns dependencies longer than 30 steps, loss plateaus",
    );
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
    expect(reply.reply).toMatch(/forget gate first/);
  });
});

describe("definitions and coverage", () => {
  it("'what's the point of X' asks for X's definition", () => {
    expect(definitionAsked("what's the point of the constant error carousel?")?.id).toBe(
      "constant-error-carousel",
    );
  });

  it("mixed-precision training is not covered, with no citation", async () => {
    const reply = await ask(
      "with fp16 my LSTM gradients underflow, how big should the loss scale be?",
    );
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toEqual([]);
  });
});
