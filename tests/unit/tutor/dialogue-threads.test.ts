/**
 * Threads that resolve against the dialogue state, in wordings of our own: a run varied by a
 * short request ("now with relu"), runs asked for by the scenario's name, choice lists and
 * replaced values, short question follow-ups that stay on the thread, "what about X?" asking the
 * same question about X, and a chat quiz that answers side questions and ends on any short
 * request to stop.
 */
import { describe, expect, it } from "vitest";
import { type TutorReply } from "@/lib/tutor";
import { thread } from "./thread";

const last = async (messages: string[]) => (await thread(messages)).at(-1) as TutorReply;

describe("varying the last run", () => {
  it.each([
    [
      ["run the spectral radius sweep", "now with relu"],
      "spectral-radius-sweep",
      { activation: "relu" },
    ],
    [
      ["simulate full vs truncated gradient", "then set the recurrent scale to 0"],
      "why-lstm-gradients-do-not-vanish-backward",
      { recurrentScale: 0 },
    ],
    [
      ["run the remember-a-bit task", "try it with the 1997 lstm"],
      "what-problem-lstm-solves",
      { variant: "lstm-1997" },
    ],
    [
      ["show the fix-vanishing gradients demo", "use orthogonal rather than identity"],
      "how-to-fix-vanishing-gradients",
      { recurrentInit: "orthogonal" },
    ],
  ])("%j", async (messages, scenarioId, params) => {
    const reply = await last(messages);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("says why the curves coincide when the recurrent weights are off", async () => {
    const reply = await last(["run full vs truncated gradient", "now make the recurrent scale 0"]);
    expect(reply.reply).toMatch(/coincide/);
  });

  it("a GRU run with a low update bias says its copy path vanishes", async () => {
    const reply = await last(["run gru vs lstm", "what if the update gate bias is -1?"]);
    expect(reply.plot?.params).toMatchObject({ updateBias: -1 });
    expect(reply.reply).toMatch(/vanishes/);
  });
});

describe("simulation requests", () => {
  it.each([
    [
      "lstm vs rnn with forget bias 2 over 300 steps and 32 units",
      "why-lstm-solves-vanishing-gradients",
      { forgetBias: 2, steps: 300, hiddenSize: 32 },
    ],
    [
      "exploding gradients with a clipping threshold of 50 and recurrent scale 2",
      "how-lstm-handles-exploding-gradients",
      { clipThreshold: 50, recurrentScale: 2 },
    ],
    [
      "what does the exploding run look like at learning rate 0.02?",
      "how-lstm-handles-exploding-gradients",
      { learningRate: 0.02 },
    ],
    [
      "show plain vs residual stacks with sigmoid layers",
      "how-to-fix-vanishing-gradients",
      { stackActivation: "sigmoid" },
    ],
    ["the latch task storing a 0 rather than a 1", "what-problem-lstm-solves", { bit: "0" }],
    [
      "the activation chains (tanh, sigmoid, relu) at weight scale 2",
      "how-to-fix-vanishing-gradients",
      { weightScale: 2, stackActivation: "tanh" },
    ],
    [
      "the 1997-truncated vs full gradient with a forget gate and forget bias 2",
      "why-lstm-gradients-do-not-vanish-backward",
      { variant: "forget-gate", forgetBias: 2, recurrentScale: 1 },
    ],
  ])("%s", async (message, scenarioId, params) => {
    const reply = await last([message]);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("a question about a setting is answered, not run", async () => {
    const reply = await last(["why is the forget gate bias often set to 1?"]);
    expect(reply.intent).toBe("explain");
    expect(reply.plot).toBeUndefined();
  });
});

describe("follow-ups on the thread", () => {
  it.each([
    [["what does the cell state do in an lstm?", "of what?"]],
    [["what's the constant error carousel?", "why 1 and not 0.9?"]],
    [["why does clipping keep the direction?", "what goes wrong otherwise?"]],
  ])("%j stays on the thread's lessons", async (messages) => {
    const replies = await thread(messages);
    const reply = replies.at(-1) as TutorReply;
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("'what about X?' asks the thread's question about X", async () => {
    const reply = await last([
      "why does the lstm avoid vanishing gradients?",
      "what about the gru?",
    ]);
    expect(reply.citations[0]?.id).toBe("gru");
  });
});

describe("the chat quiz", () => {
  it.each([["ok I'll skip this one"], ["let's stop here"], ["no more questions please"]])(
    "%s closes it",
    async (stop) => {
      const reply = await last(["quiz me on clipping", stop]);
      expect(reply.quiz).toBeUndefined();
      expect(reply.intent).toBe("quiz");
    },
  );

  it("answers a side question introduced by a filler word and keeps the quiz open", async () => {
    const [asked, side] = await thread([
      "quiz me on the forget gate",
      "wait, why do gradients explode",
    ]);
    expect(side?.quiz?.questionId).toBe(asked?.quiz?.questionId);
    expect(side?.reply).not.toMatch(/Please answer/);
  });

  it.each([["not sure, maybe the third?"], ["I guess the first one?"]])(
    "a hedged guess (%s) is read as an answer, or asked again in the question's form",
    async (guess) => {
      for (const topic of ["clipping", "the gru", "the forget gate"]) {
        const reply = await last([`quiz me on ${topic}`, guess]);
        const graded = reply.effects.some((e) => e.type === "quiz-answer");
        // Not an explanation and not "not covered": the quiz reads it, or keeps waiting for one.
        expect(graded || (reply.intent === "quiz" && reply.quiz !== undefined)).toBe(true);
      }
    },
  );

  it("a question about stopping is not a request to stop", async () => {
    const [asked, side] = await thread([
      "quiz me",
      "why does the gradient stop flowing in an rnn?",
    ]);
    expect(side?.quiz?.questionId).toBe(asked?.quiz?.questionId);
  });
});

describe("examples and pronouns on the thread", () => {
  it.each([
    [["how does gradient clipping by norm work?", "can you give an example?"], /\(3, 4\)/],
    [["why does the lstm's forget bias matter so much?", "for instance?"], /σ\(1\)|\\sigma\(1\)/],
    [["what does the update gate of a gru do?", "an example please"], /\\sigma\(2\)/],
    [["why do residual connections help deep stacks?", "concrete example?"], /1\.1/],
  ])("%j gives numbers with the working", async (messages, pattern) => {
    const reply = await last(messages);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toMatch(pattern);
  });

  it("an example uses the thread's own value", async () => {
    const reply = await last(["what happens with a forget gate bias of 3?", "give an example"]);
    expect(reply.reply).toMatch(/\\sigma\(3\)/);
  });

  it("'is it like …?' is about the thread's subject", async () => {
    const reply = await last([
      "what is the update gate in a gru?",
      "so is it like the forget gate?",
    ]);
    expect(reply.citations[0]?.id).toBe("gru");
  });
});
