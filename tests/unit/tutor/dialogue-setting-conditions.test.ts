/**
 * A follow-up whose condition is a setting of the course's scenarios ("and in the original
 * 1997 cell?", "what about with sigmoid units?") opens with what that setting does to the
 * per-step factor, then answers the thread's question under it.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

describe("a condition that is a scenario setting", () => {
  it("says the 1997 cell has no forget gate", async () => {
    const reply = await lastReply(["how does the forget gate work?", "and in the 1997 cell?"]);
    expect(reply.reply).toMatch(/^The 1997 cell has no forget gate/);
  });

  it("says the sigmoid's derivative bound when the activation is swapped", async () => {
    const reply = await lastReply([
      "why does a tanh rnn with small weights lose its gradient?",
      "what about with sigmoid?",
    ]);
    expect(reply.reply).toMatch(/^The sigmoid's derivative is at most 1\/4/);
  });

  it("adds nothing when the follow-up names no setting", async () => {
    const reply = await lastReply(["how does the forget gate work?", "and in keras?"]);
    expect(reply.reply).not.toMatch(/^The 1997 cell|^The sigmoid's derivative/);
  });
});
