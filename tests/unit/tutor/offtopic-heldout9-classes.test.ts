/**
 * Near-topic and everyday questions that carry a course word: a fairground carousel, the metric
 * an LSTM scores, a regulariser or another architecture beside "my lstm". None is taught, so the
 * tutor declines without sources; the course's own carousel and gradient questions stay answered.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

async function declined(message: string, topic?: RegExp) {
  const r = await respond({ message });
  expect(r.intent).toBe("off-topic");
  expect(r.citations).toEqual([]);
  expect(r.reply.split("\n").filter((l) => l.trim() !== "").length).toBeLessThanOrEqual(2);
  if (topic) expect(r.reply).toMatch(topic);
}

describe("a carousel in its everyday sense", () => {
  it.each([
    "my little sister wants to ride the carousel at the funfair, which horse is safest",
    "why do the horses on a merry-go-round carousel move up and down",
  ])("%j is declined", (message) => declined(message));
});

describe("near-topics named beside a recurrent net", () => {
  it.each([
    ["what's a good ROUGE-L score for an LSTM summariser", /evaluation metrics/],
    ["how do I compute perplexity on the validation set for my gru language model", /metrics/],
    ["should I report F1 score or precision and recall for my rnn tagger", /metrics/],
    ["how much weight decay should I use for a two-layer lstm", /regularisation/],
    ["is zoneout better than variational dropout for an lstm", /regularisation/],
    ["what label smoothing epsilon works for an rnn speech model", /regularisation/],
    ["is S4 faster than an lstm on long sequences", /state-space/],
    ["can a mixture-of-experts router replace the lstm's input gate", /mixture-of-experts/],
    ["do transformers beat lstms on character-level modelling", /transformers/],
  ])("%j is declined as %s", (message, topic) => declined(message, topic));
});

describe("the course's own questions stay answered", () => {
  it.each([
    ["what is the constant error carousel", "carousel"],
    ["is the constant error carousel like a merry-go-round that never slows down?", "carousel"],
    ["why does the carousel in an lstm cell keep the gradient at 1", "1"],
    ["why do gradients vanish in a plain rnn over long sequences", "vanish"],
    ["does gradient clipping change the direction of the gradient", "direction"],
  ])("%j is answered with sources", async (message, word) => {
    const r = await respond({ message });
    expect(r.intent).not.toBe("off-topic");
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.reply.toLowerCase()).toContain(word);
  });
});
