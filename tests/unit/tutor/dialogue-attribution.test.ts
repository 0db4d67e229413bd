/**
 * "who came up with that?" after a thread: the source the course names for the thread's
 * subject, not another passage of the last lesson. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { asksWho } from "@/lib/tutor/dialogue/attribution";
import { lastReply } from "./thread";

describe("asking who introduced it", () => {
  it.each(["who came up with that", "whose idea was it?", "source?", "ok and who invented it"])(
    "%s asks for a source",
    (message) => {
      expect(asksWho(message)).toBe(true);
    },
  );

  it("is not a long question that names its own subject", () => {
    expect(
      asksWho(
        "who came up with the idea that the forget gate bias should be one in every lstm layer",
      ),
    ).toBe(false);
  });

  it.each([
    [["what is gradient clipping", "who came up with it?"], /Pascanu/],
    [["what's a gru", "whose idea was that?"], /Cho et al/],
    [["explain bptt", "source?"], /Werbos/],
  ])("%j names the source", async (messages, source) => {
    const reply = await lastReply(messages);
    expect(reply.reply).toMatch(source);
    expect(reply.plot).toBeUndefined();
  });

  it("does not answer a source for a thread without a course subject", async () => {
    const reply = await lastReply(["hello", "who came up with that"]);
    expect(reply.reply).not.toMatch(/\(\d{4}\)/);
  });
});
