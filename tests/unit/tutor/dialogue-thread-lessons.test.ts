/**
 * Terse follow-ups stay on the thread's lesson: an example illustrates the thread (its lesson is
 * cited first), "huh? <question>" is read against the last answer, and "and the GRU?" after a
 * term defined elsewhere asks for the GRU's own version of it.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

describe("terse follow-ups keep the thread's lesson", () => {
  it("cites the exploding lesson for an example of LSTM explosion", async () => {
    const reply = await lastReply(["do lstm gradients ever explode?", "got an example?"]);
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.reply).toMatch(/recurrent/i);
  });

  it("reads a question after 'huh?' against the thread", async () => {
    const reply = await lastReply([
      "why are exploding gradients bad for training?",
      "sorry? what actually breaks",
    ]);
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });

  it("answers the GRU's version of a per-step jacobian from the GRU lesson", async () => {
    const reply = await lastReply([
      "what's the one-step jacobian of a plain rnn",
      "what about for the lstm cell?",
      "and a gru?",
    ]);
    expect(reply.citations[0]?.id).toBe("gru");
  });
});
