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

  it("asks the latest question again under a condition, not an older one with a word to swap", async () => {
    const reply = await lastReply([
      "my model is a tensorflow LSTM",
      "should I change the forget bias by hand?",
      "and in pytorch?",
    ]);
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
    expect(reply.state?.asked).not.toMatch(/pytorch lstm/i);
  });

  it("favours the thread's lesson for a question that goes on with 'and'", async () => {
    const reply = await lastReply([
      "what was the constant error carousel in the 1997 lstm",
      "and how did adding a forget gate change it?",
    ]);
    expect(reply.citations[0]?.id).toBe("why-lstm-gradients-do-not-vanish-backward");
  });

  it("names the subject in words when a plainer answer is asked for", async () => {
    const reply = await lastReply(["explain the forget bias initialisation trick", "simpler?"]);
    expect(reply.reply).toMatch(/forget/i);
  });
});
