/**
 * Answers to questions worded in ways no eval set uses: the lesson cited first, the opening
 * (a definition, a diagnosis, the mechanism for a why-question), misconceptions stated as
 * colloquial claims (and not when denied), and off-topic or neighbouring topics turned away
 * with no citation, the topic tag agreeing.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions, respond, topicOf, type TutorReply } from "@/lib/tutor";

const ask = (message: string): Promise<TutorReply> => respond({ message, history: [] }, {});

describe("the lesson cited first", () => {
  it.each([
    [
      "what can I do about vanishing gradients in my recurrent net?",
      "how-to-fix-vanishing-gradients",
    ],
    [
      "which techniques stop the gradient from vanishing in a vanilla rnn?",
      "how-to-fix-vanishing-gradients",
    ],
    ["how does a GRU keep the gradient from vanishing without a cell?", "gru"],
    ["why does the gradient decay exponentially over time steps?", "bptt-basics"],
  ])("%s -> %s", async (message, lesson) => {
    expect((await ask(message)).citations[0]?.id).toBe(lesson);
  });
});

describe("a diagnosis opens with the regime the symptoms describe", () => {
  it("stalling loss, tiny norms and no NaN is a vanishing gradient, not the exploding lesson", async () => {
    const reply = await ask(
      "the model learns short patterns but the loss stalls on long ones and the gradient norms are tiny, no NaN anywhere",
    );
    expect(reply.reply).toMatch(/^That sounds like \*\*a vanishing gradient\*\*/);
    expect(reply.citations[0]?.id).not.toBe("how-lstm-handles-exploding-gradients");
  });

  it("a loss that went to inf after a norm spike is an exploding gradient, and clipping is named", async () => {
    const reply = await ask(
      "training diverged: the loss went to inf and the gradient norm jumped to 1e8 just before",
    );
    expect(reply.reply).toMatch(/^That sounds like \*\*an exploding gradient\*\*/);
    expect(reply.reply).toMatch(/clip/i);
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("openings", () => {
  it.each([
    ["what does the input gate do, in plain words?", "**Input and output gates**"],
    ["what exactly is a GRU?", "**GRU (gated recurrent unit)**"],
    ["what is an LSTM, in simple terms", "**LSTM (long short-term memory)**"],
    ["what's backprop through time? same as normal backprop?", "**Backpropagation through time"],
  ])("%s opens with the glossary definition", async (message, opening) => {
    expect((await ask(message)).reply.startsWith(opening)).toBe(true);
  });

  it("a why-question opens with the mechanism: saturation's flat derivative", async () => {
    const reply = await ask("how come saturated units hurt the gradient?");
    expect(reply.reply).toMatch(/^A sigmoid or \$\\tanh\$ unit whose input is large/);
  });

  it("a definition's noun phrase is not used as the opening of a why-answer", async () => {
    const reply = await ask("why does the forget gate matter for long memories?");
    expect(reply.reply).not.toMatch(/^The sigmoid gate \$f_t\$ that scales/);
  });

  it("a why-question about the forget bias opens with what the bias does, not with numbers", async () => {
    const reply = await ask("why do we set the forget bias positive?");
    const first = reply.reply.split(/(?<=\.)\s/)[0] ?? "";
    expect(first).toMatch(/keeps/);
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });
});

describe("comparisons answer both sides", () => {
  it("two glossary terms are defined side by side, in the order asked", async () => {
    const reply = await ask("how do the spectral norm and the spectral radius differ?");
    const norm = reply.reply.indexOf("**Spectral norm");
    const radius = reply.reply.indexOf("**Spectral radius**");
    expect(norm).toBe(0);
    expect(radius).toBeGreaterThan(norm);
    expect(reply.citations[0]?.id).toBe("bptt-basics");
  });
});

describe("misconceptions stated in passing", () => {
  it.each([
    ["clipping the gradients will take care of vanishing, right?", "clipping-fixes-vanishing"],
    [
      "since the spectral norm of W is 3, it will definitely explode",
      "large-norm-guarantees-explosion",
    ],
    [
      "sigmoid outputs stay between 0 and 1 so its gradient can never explode",
      "bounded-activation-bounds-gradient",
    ],
    [
      "with good initialisation my gradients will remain stable for the entire training",
      "init-fixes-training-forever",
    ],
    [
      "norm clipping makes the gradient norm exactly the threshold every time",
      "clipping-sets-length",
    ],
    [
      "residual nets still just multiply all the branch derivatives together",
      "residual-path-still-multiplies",
    ],
  ])("%s -> %s", (message, id) => {
    expect(detectMisconceptions(message)[0]).toBe(id);
  });

  it("the premise is corrected, not the conclusion drawn from it", () => {
    expect(
      detectMisconceptions(
        "modern frameworks truncate the LSTM gradient like the 1997 paper, that's why they never vanish",
      )[0],
    ).toBe("truncation-is-modern-practice");
  });

  it("a claim true of the cell path alone is not the misconception about the whole network", () => {
    expect(
      detectMisconceptions(
        "why is the cell state safe from explosion when the hidden path is not?",
      ),
    ).toEqual([]);
    expect(detectMisconceptions("lstms are safe from explosion, aren't they")).toEqual([
      "lstm-never-explodes",
    ]);
  });

  it("a denied claim is not a misconception", () => {
    expect(detectMisconceptions("clipping does not take care of vanishing gradients")).toEqual([]);
  });

  it("a misconception that names an optimiser is still corrected, citing the lesson", async () => {
    const reply = await ask(
      "how the recurrent weights are initialised barely matters, adam sorts it out",
    );
    expect(reply.intent).toBe("explain");
    expect(reply.misconceptions).toEqual(["init-irrelevant"]);
    expect(reply.reply).toMatch(/^Not quite: /);
    expect(reply.citations[0]?.id).toBe("how-to-fix-vanishing-gradients");
  });

  it("a correction goes on with lesson text that does not repeat it", async () => {
    const reply = await ask("so the gates remove every multiplication on the way back?");
    expect(reply.misconceptions).toEqual(["gates-remove-all-multiplication"]);
    expect(reply.reply).toMatch(/^No: /);
    expect(reply.reply).toMatch(/\*From “/);
  });
});

describe("off-topic and neighbouring topics", () => {
  it.each([
    "how do I fine-tune a pretrained language model?",
    "is a bidirectional GRU better for speech recognition?",
    "what's a good beam width for beam search decoding?",
    "how do I bake sourdough bread",
    "which tokenizer should I use for my seq2seq model?",
  ])("%s: not covered, no citation, tagged off-topic", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toEqual([]);
    expect(reply.reply).not.toMatch(/Sources?:/);
    expect(topicOf(message)).toBe("off-topic");
  });

  it("a neighbouring topic gets one pointer and what the course covers", async () => {
    const reply = await ask("is a bidirectional GRU better for speech recognition?");
    expect(reply.reply).toMatch(/does not cover bidirectional RNNs/);
    expect(reply.reply).toMatch(/The nearest lesson is \*\*/);
    expect(reply.reply).toMatch(/What it does cover/);
  });
});
