/**
 * Terse finals that only make sense against the thread: a word or two that qualifies the last
 * question ("permanently?", "output?"), and a question about where a number of the last answer
 * comes from. Wordings here are our own, not the eval sets'.
 */
import { describe, expect, it } from "vitest";
import { fragmentOf } from "@/lib/tutor/dialogue/fragment";
import { followUpOf } from "@/lib/tutor/dialogue/followup";
import { asksOrigin } from "@/lib/tutor/dialogue/followup-kinds";
import { turnedQuestion } from "@/lib/tutor/dialogue/opposite";
import { whyOfYesNo } from "@/lib/tutor/dialogue/yes-no";
import { lastReply as last } from "./thread";

describe("fragments read into the thread's question", () => {
  it.each([
    ["permanently?", "permanently"],
    ["and always?", "always"],
    ["gate-wise?", "in terms of gate"],
    ["so numerically?", "numerically"],
  ])("%s is a fragment", (message, read) => {
    expect(fragmentOf(message)).toBe(read);
  });

  it.each(["why?", "is it?", "what about 3?", "waffles?", "show me"])(
    "%s is not a fragment",
    (message) => {
      expect(fragmentOf(message)).toBeUndefined();
    },
  );

  it("a time qualifier asks the thread's question over training", async () => {
    const reply = await last([
      "how does identity initialisation help an rnn's gradient",
      "permanently?",
    ]);
    expect(reply.intent).toBe("explain");
    expect(reply.reply).toMatch(/training/);
  });

  it("one word takes the place of the subject's modifier", async () => {
    const reply = await last(["explain what the input gate does", "output?"]);
    expect(reply.intent).toBe("explain");
    expect(reply.reply).toMatch(/output gate/);
  });

  it("a word the course never uses stays off the thread", async () => {
    const reply = await last(["explain what the input gate does", "waffles?"]);
    expect(reply.intent).toBe("off-topic");
  });
});

describe("where a number comes from", () => {
  it.each([
    ["where did that figure come from?", "that figure"],
    ["hold on, how did you get 0.511", "0.511"],
    ["and the 0.993 comes from where", "the 0.993"],
    ["how was that computed?", "that"],
  ])("%s asks for the working", (message, subject) => {
    expect(asksOrigin(message)).toBe(subject);
  });

  it("after a calculation, the working is the calculation in full", async () => {
    const reply = await last([
      "with a forget-gate bias of 4 and zero weights, how much of the cell gradient is left after 60 steps?",
      "how did you get that number?",
    ]);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toMatch(/\\sigma\(4\)/);
    expect(reply.reply).toMatch(/\^\{60\}/);
  });
});

describe("the other side of a pair", () => {
  it.each([
    [
      "why does the gradient shrink when the weights are below 1?",
      "above",
      "why does the gradient grow when the weights are above 1?",
    ],
    ["what does the loss do before the clip?", "after", "what does the loss do after the clip?"],
    ["is the hidden state positive here?", "negative", "is the hidden state negative here?"],
  ])("%s, then %s?", (asked, word, turned) => {
    expect(turnedQuestion([asked], word)).toBe(turned);
  });

  it("a word the question does not turn round leaves it alone", () => {
    expect(turnedQuestion(["why does the gradient vanish?"], "above")).toBeUndefined();
    expect(turnedQuestion(["why does the gradient vanish?"], "explode")).toBeUndefined();
  });

  it("the turned question is answered in full", async () => {
    const reply = await last([
      "why does the gradient shrink when the weights are below 1?",
      "and above?",
    ]);
    expect(reply.intent).toBe("explain");
    expect(reply.reply).toMatch(/grow/);
  });
});

describe("a new value or condition in a few words", () => {
  it.each(["now do 2", "ok run 4 instead", "redo 1.5", "same with 6?"])(
    "%s is a bare number",
    (m) => {
      expect(followUpOf(m)).toEqual({ kind: "number" });
    },
  );

  it.each([
    ["even with a forget gate?", "a forget gate"],
    ["still without the shortcut?", "without the shortcut"],
  ])("%s is a condition on the thread's question", (m, subject) => {
    expect(followUpOf(m)).toMatchObject({ kind: "what-about", subject });
  });
});

describe("a framework asked again", () => {
  it("keeps the thread's lesson when the subject has none of its own", async () => {
    const reply = await last([
      "how do I put gradient clipping into my pytorch training script?",
      "and in jax?",
    ]);
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("worked examples on the thread", () => {
  it("show me with numbers asks for an example, not a run", () => {
    expect(followUpOf("can you show me with numbers")).toEqual({ kind: "example" });
  });

  it("a thread that says the gradient is lost gets the vanishing example", async () => {
    const reply = await last([
      "how come a vanilla recurrent net loses its gradient across many steps",
      "concretely?",
    ]);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toMatch(/0\.9\^\{50\}/);
  });
});

describe("the source of what was just said", () => {
  it("names the citation in the sentence the last answer gave", async () => {
    const reply = await last([
      "do gru and lstm differ much in accuracy on benchmarks",
      "any paper on that?",
    ]);
    expect(reply.reply).toMatch(/Chung et al\. 2014/);
  });
});

describe("lost after a definition the glossary does not hold", () => {
  it("says the last answer's own passage plainly, on its point", async () => {
    const reply = await last(["what is a gradient cliff?", "sorry, lost me"]);
    expect(reply.reply).toMatch(/^In short: .*cliff/);
    // The sentence that goes on with the loss surface, not the passage's next claim.
    expect(reply.reply).toMatch(/steep walls/);
  });
});

describe("why not, after a yes/no question", () => {
  it("searches with the question's own words", () => {
    expect(whyOfYesNo("how come not?", "does layer norm fix exploding gradients?")).toBe(
      "why not: does layer norm fix exploding gradients?",
    );
    expect(whyOfYesNo("but why?", "can a gru explode?")).toBe("why: can a gru explode?");
  });

  it("leaves a why after another kind of question to the thread's terms", () => {
    expect(whyOfYesNo("why not?", "explain the forget gate")).toBeUndefined();
  });
});

describe("the regime turns only across a threshold", () => {
  it("more width is no side of a threshold", () => {
    expect(turnedQuestion(["does less width make it vanish?"], "more")).toBe(
      "does more width make it vanish?",
    );
  });
});
