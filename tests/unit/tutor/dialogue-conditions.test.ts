/**
 * Follow-ups that put a condition on the thread's question or lean on its subject: "and in the
 * 1997 version?" asks the earlier question under that condition, "and if it's stuck at 1?" is a
 * supposition about the thread's subject (computed, not corrected), "does it help with X too?"
 * resolves "it" and corrects the misconception that reading states, "what do people actually
 * use?" gets the recommendation, and a swapped subject may quote a passage that already spoke of
 * it. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { followUpOf, resolvePronoun, subjectOf } from "@/lib/tutor/dialogue/followup";
import { hypothetical } from "@/lib/tutor/dialogue/resolve";
import { homeLesson } from "@/lib/tutor/dialogue/subject";
import { lastReply } from "./thread";

describe("reading the follow-up", () => {
  it("keeps the preposition of a condition, digits included", () => {
    expect(followUpOf("and in the 2000 version?")).toEqual({
      kind: "what-about",
      subject: "2000 version",
      via: "in the",
    });
    expect(followUpOf("and for a gru?")).toMatchObject({ subject: "gru", via: "for a" });
  });

  it("reads the thread's subject without the request's 'to me'", () => {
    expect(subjectOf("explain the input gate to me")).toBe("input gate");
    expect(subjectOf("how do residual connections help with vanishing")).toBe(
      "residual connections",
    );
  });

  it("puts the subject in for 'it' in a supposition and for 'they' in a question", () => {
    expect(resolvePronoun("and if it's always 0?", "what does the forget gate do?")).toBe(
      "what if the forget gate is always 0?",
    );
    expect(resolvePronoun("do they add parameters?", "what do residual connections do")).toBe(
      "do the residual connections add parameters?",
    );
  });

  it("tells a supposition from a claim", () => {
    expect(hypothetical("what if the forget gate is stuck at 1?")).toBe(true);
    expect(hypothetical("if the forget gate is 1 the gradient never vanishes")).toBe(false);
  });

  it("does not send 'input gate' to the GRU lesson for the word 'gating' in its title", () => {
    expect(homeLesson("input gate")).toBeUndefined();
    expect(homeLesson("the GRU")).toBe("gru");
  });
});

describe("threads", () => {
  it("answers a supposition about the thread's gate with what that value does", async () => {
    const reply = await lastReply(["how does the forget gate work?", "and if it were exactly 1?"]);
    expect(reply.misconceptions ?? []).toEqual([]);
    expect(reply.reply).toMatch(/carousel/i);
  });

  it("reads a gate value of 0 as forgetting everything", async () => {
    const reply = await lastReply(["explain the forget gate to me", "what if it's 0?"]);
    expect(reply.reply).toMatch(/forgets everything/);
  });

  it("corrects the misconception a resolved 'it' states", async () => {
    const reply = await lastReply([
      "what does norm clipping do?",
      "does it fix vanishing gradients as well?",
    ]);
    expect(reply.misconceptions).toContain("clipping-fixes-vanishing");
    expect(reply.reply).toMatch(/^No:/);
  });

  it("asks the thread's question again under a condition", async () => {
    const reply = await lastReply(["explain the forget gate to me", "and in the 1997 lstm?"]);
    expect(reply.intent).toBe("explain");
    // The thread's question is now the conditioned one: a "why?" next searches for both.
    expect(reply.state?.asked).toBe("explain the forget gate to me in the 1997 lstm?");
  });

  it("gives the recommendation when asked what people use", async () => {
    const reply = await lastReply([
      "how should I choose the clipping threshold?",
      "what values do people usually use?",
    ]);
    expect(reply.reply).toMatch(/\b5\b/);
  });
});

describe("a swapped subject answered as if asked outright", () => {
  it("opens with the definition of the new subject", async () => {
    const reply = await lastReply(["explain exploding gradients", "and vanishing ones?"]);
    expect(reply.reply).toMatch(/^\*\*Vanishing gradient\*\*/);
  });
});

describe("what a calculation means", () => {
  it("restates the thread's result before the course's explanation", async () => {
    const reply = await lastReply(["sigma(3)^40", "so what does that tell me?"]);
    expect(reply.intent).toBe("explain");
    expect(reply.reply.split("\n\n")[0]).toMatch(/forget bias 3/);
  });
});
