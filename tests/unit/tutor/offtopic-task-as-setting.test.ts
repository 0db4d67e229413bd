/**
 * A task or setup the course does not teach (sequence-to-sequence, encoder-decoder,
 * bidirectional), named only as where a recurrent model's symptoms came from, does not turn a
 * diagnosis away; asked about in its own right, it is still declined.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

const ask = (message: string) => respond({ message }, { chatSeed: "t", attemptSeed: "t" });

describe("an uncovered task named as the run's setting", () => {
  it.each([
    "we train an encoder-decoder gru for summaries. after a few epochs the grad norm hit 8e5 and the loss is nan. any idea?",
    "bidirectional lstm tagger here, norms were 1.0, 1.3, 0.8 then 6200 then nan. what happened?",
  ])("diagnoses %s", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.reply.toLowerCase()).toContain("clip");
  });

  it.each([
    "my gru explodes now and then. is an encoder-decoder setup better for translation?",
    "what is a seq2seq model?",
    "encoder-decoder with attention, the loss is nan. what is going on?",
  ])("still declines %s", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toHaveLength(0);
  });
});
