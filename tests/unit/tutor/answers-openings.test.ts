/**
 * How answers open, in wordings no eval set uses: a definition despite an aside or a second
 * question, "Yes: " to a question the catalogue confirms, the GRU's mechanism sentence for how
 * it keeps its gradient, a comparison for "is X like Y?", and requests that are not tutoring
 * turned away without a citation.
 */
import { describe, expect, it } from "vitest";
import { classify, respond, topicOf, type TutorReply } from "@/lib/tutor";
import { confirmedBy } from "@/lib/tutor/answer/confirmations";
import { definitionAsked } from "@/lib/tutor/answer/glossary";

const ask = (message: string): Promise<TutorReply> => respond({ message, history: [] }, {});

describe("a definition question finds its term", () => {
  it.each([
    ["define the constant error carousel (the 1997 one)", "Constant error carousel"],
    ["what is a jacobian, and why do we multiply so many of them", "Jacobian"],
    ["what does saturation mean here and how does it hurt the gradient", "Saturation"],
  ])("%s -> %s", (message, term) => {
    expect(definitionAsked(message)?.term).toBe(term);
  });

  it("opens the reply with the definition", async () => {
    const reply = await ask("define exploding gradients for me (the RNN case)");
    expect(reply.reply).toMatch(/^\*\*Exploding gradient\*\*: /);
  });
});

describe("a yes/no question whose opposite is catalogued opens 'Yes: '", () => {
  it.each(["does a GRU even need gradient clipping?", "is clipping still needed for lstms?"])(
    "%s",
    async (message) => {
      expect(confirmedBy(message)).toBe("lstm-never-explodes");
      const reply = await ask(message);
      expect(reply.reply).toMatch(/^Yes: /);
      expect(reply.misconceptions).toBeUndefined();
    },
  );

  it("does not confirm a question about something else", () => {
    expect(confirmedBy("does an lstm need a forget gate bias?")).toBeUndefined();
  });
});

describe("how the GRU keeps its gradient", () => {
  it("opens on the copy path's factor", async () => {
    const reply = await ask(
      "how can a gru stop its gradient from vanishing when there is no cell?",
    );
    expect(reply.reply).toMatch(
      /^Going back one step multiplies the gradient by \$\\operatorname\{diag\}\(z_t\)\$/,
    );
  });
});

describe("'is X like Y?' is a comparison", () => {
  it.each([
    "is the reset gate like the output gate?",
    "is windowed truncated bptt the same as the 1997 truncation?",
  ])("%s", (message) => {
    expect(classify(message)).toBe("compare");
  });

  it("sets both definitions side by side", async () => {
    const reply = await ask("is the update gate similar to the forget gate?");
    expect(reply.reply).toMatch(
      /^\*\*Update gate and its bias\*\*: .*\*\*Forget gate and its bias\*\*: /s,
    );
  });
});

describe("a task that is not tutoring gets no citation", () => {
  it.each([
    "translate 'the forget gate keeps the cell' to german",
    "write me a poem about exploding gradients",
    "compose a haiku on the lstm cell",
  ])("%s", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toEqual([]);
    expect(topicOf(message)).toBe("off-topic");
  });

  it("still answers a question that only mentions writing", async () => {
    const reply = await ask("how do I write the lstm cell update?");
    expect(reply.intent).toBe("explain");
  });
});

describe("advice and what-if answers open with what was asked", () => {
  it("gives the advice on a value first", async () => {
    const reply = await ask(
      "how big should the window k be for truncated bptt on a long text stream?",
    );
    expect(reply.reply).toMatch(/^Typical windows are tens to a few hundred steps; pick \$k\$/);
  });

  it("opens a what-if on what happens at the value it names", async () => {
    const reply = await ask("what if the forget bias stays at 0, as pytorch leaves it?");
    expect(reply.reply).toMatch(/^A zero bias gives \$f = 0\.5\$/);
    const zero = await ask(
      "what if the recurrent weights of an lstm are all zero: full vs truncated gradient?",
    );
    // The first sentence settles it: at zero recurrent weights the two agree.
    expect(zero.reply.split(/(?<=\.)\s/)[0]).toMatch(
      /\b(?:0|zero)\b.*\b(?:agree|coincide|identical)/,
    );
  });
});
