/**
 * The thread's mechanism carried across a swap ("what about the GRU?" after the LSTM's forget gate
 * is answered by the update gate), a supposition asked on its own ("what if the forget gate is
 * stuck at 1?") computed rather than corrected, and the terms a thread keeps after a correction.
 * Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { likensTwo } from "@/lib/tutor/dialogue/question-form";
import { threadTerms } from "@/lib/tutor/dialogue/state";
import { counterpartOf } from "@/lib/tutor/dialogue/subject";
import { queryTerms } from "@/lib/tutor/retrieval";
import { lastReply } from "./thread";

describe("the counterpart in the other model", () => {
  it("maps the LSTM's forget gate or cell path to the GRU's update gate, and back", () => {
    expect(
      counterpartOf("why does the lstm keep its gradient?", "the cell path", "the gru"),
    ).toMatch(/update gate/);
    expect(counterpartOf("what does the gru's update gate do?", "", "an lstm")).toMatch(
      /forget gate/,
    );
  });

  it("leaves an exploding-gradient thread alone: the GRU still needs clipping", () => {
    expect(counterpartOf("how does the lstm handle exploding gradients", "the cell", "gru")).toBe(
      undefined,
    );
  });

  it("answers 'and the gru then?' after the LSTM's mechanism with the update gate", async () => {
    const reply = await lastReply([
      "how come an lstm keeps its gradient over long gaps",
      "what about a gru?",
    ]);
    expect(reply.citations[0]?.id).toBe("gru");
    expect(reply.reply).toMatch(/update gate/i);
  });
});

describe("a supposition on its own", () => {
  it("is computed without a correction in front of it", async () => {
    const reply = await lastReply(["what if the forget gate is stuck at 1?"]);
    expect(reply.misconceptions ?? []).toEqual([]);
    expect(reply.reply).not.toMatch(/^(?:No|Not quite):/);
  });

  it("still corrects the same claim stated outright", async () => {
    const reply = await lastReply(["the forget gate sits at 1 by default, so nothing is lost"]);
    expect(reply.misconceptions?.length ?? 0).toBeGreaterThan(0);
  });
});

describe("the terms a thread keeps", () => {
  it("keeps the correction's words after a wordy question", () => {
    const question =
      "so in my very long sequence model with many layers and a big batch and a tiny learning rate " +
      "and a custom loss and a warmup schedule I can just turn on clipping to fix vanishing, right?";
    const correction = "Clipping only scales a gradient down when its norm exceeds a threshold.";
    const kept = threadTerms(question, correction);
    expect(kept.length).toBeLessThanOrEqual(24);
    expect(new Set(kept).size).toBe(kept.length);
    for (const t of queryTerms("scales threshold exceeds")) expect(kept).toContain(t);
  });
});

describe("a likeness between two named things", () => {
  it("reads 'is X like Y?' only when both sides are course things", () => {
    expect(likensTwo("is the reset gate basically the same as the output gate?")).toBe(true);
    expect(likensTwo("is it like that?")).toBe(false);
  });

  it("answers 'is it like …?' about the thread's subject as a comparison of both", async () => {
    const reply = await lastReply([
      "what does the input gate do?",
      "is it similar to the output gate?",
    ]);
    expect(reply.kind).toBe("compare");
    expect(reply.reply).toMatch(/input gate/i);
    expect(reply.reply).toMatch(/output gate/i);
  });
});
