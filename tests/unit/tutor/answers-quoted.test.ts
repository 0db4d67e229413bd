/**
 * A quoted glossary gloss gets its term when quoted from its start, and a why's added sentence
 * whose subject is another model than the one asked about stays out.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { aboutOtherModel, namingTerm } from "@/lib/tutor/answer/quoted";
import { passages } from "@/lib/tutor/retrieval";

const lstm = passages.find(
  (p) => p.id === "glossary:lstm" || /^A recurrent network \(Hochreiter/.test(p.text),
);

describe("namingTerm", () => {
  it("names the term of a gloss quoted from its start, and only then", () => {
    expect(lstm?.kind).toBe("glossary");
    const hit = { passage: lstm!, score: 1 };
    const [first = "", second = ""] = lstm!.text.split(/(?<=\.)\s+(?=[A-Z])/);
    expect(namingTerm(hit, [first])[0]).toMatch(/^\*\*LSTM[^*]*\*\*: A recurrent network/);
    expect(namingTerm(hit, [second])).toEqual([second]);
  });

  it("opens a reply that quotes the LSTM's gloss with what it is", async () => {
    const reply = await respond(
      {
        message:
          "What happens to the 1997 LSTM's cell if it runs on a very long stream with nothing to forget?",
        history: [],
      },
      {},
    );
    expect(reply.reply).not.toMatch(/^A recurrent network/);
  });
});

describe("aboutOtherModel", () => {
  it("is a sentence whose subject is a model the context never names", () => {
    const sentence = "The LSTM does not store everything it has seen.";
    expect(aboutOtherModel(sentence, "why does a tanh rnn lose its gradient?")).toBe(true);
    expect(aboutOtherModel(sentence, "why does an lstm forget?")).toBe(false);
    expect(aboutOtherModel("The gradient shrinks.", "why does a tanh rnn lose it?")).toBe(false);
  });
});
