import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { terms } from "@/lib/tutor/retrieval/text";
import { keyFactSentence } from "@/lib/tutor/answer/sentence-key-fact";

const ADDITIVE = "why-lstm-solves-vanishing-gradients";
const ask = (message: string) =>
  respond({ message }, { chatSeed: "key-fact", attemptSeed: "key-fact" });

// Wordings written for this test: the reply quotes the right lesson but, by shared words
// alone, not the sentence that says how the LSTM keeps its gradient (the additive update).
describe.each([
  "how exactly is the lstm's gradient prevented from dying away over time",
  "how come an lstm's gradient doesn't die out over time?",
])("%s", (message) => {
  it("states the key fact the ranker learned answers it", async () => {
    const reply = await ask(message);
    expect(reply.citations[0]?.id).toBe(ADDITIVE);
    expect(reply.reply).toMatch(/updated by addition/i);
  });
});

describe("keyFactSentence", () => {
  const query = new Set(terms("what stops the lstm gradient from dying out"));

  it("gives the lesson's sentence the ranker is surest of", () => {
    expect(keyFactSentence(query, ADDITIVE, "", "what stops it?")).toMatch(/addition/i);
  });

  it("adds nothing the reply already says", () => {
    const said = keyFactSentence(query, ADDITIVE, "", "what stops it?") ?? "";
    const next = keyFactSentence(query, ADDITIVE, said, "what stops it?");
    expect(next === undefined || !next.includes(said)).toBe(true);
    expect(next).not.toBe(said);
  });

  it("never adds a displayed formula, a table or a tour of the plot", () => {
    for (const q of [
      "how does backprop through time unroll the network",
      "what does the gru's update gate do",
      "how does clipping change the gradient",
      "why does the cell gradient not vanish",
    ])
      for (const lesson of [
        "bptt-basics",
        "gru",
        "how-lstm-handles-exploding-gradients",
        "why-lstm-gradients-do-not-vanish-backward",
      ]) {
        const found = keyFactSentence(new Set(terms(q)), lesson, "", q) ?? "";
        expect(found, `${q} / ${lesson}`).not.toMatch(
          /\$\$|\|\s*-{3}|in the scenario|on the plot/i,
        );
      }
  });

  it("knows no sentence of an unknown lesson", () => {
    expect(keyFactSentence(query, "no-such-lesson", "", "what?")).toBeUndefined();
  });
});
