/**
 * Follow-ups that stay on the thread: a model named after a run that does not show it moves to
 * the comparable scenario that does (keeping the dials set), a single dial changed after a run
 * keeps the run's scenario, a dial set after a question runs the thread's lesson's scenario, a
 * setting order after a fronted "in the … scenario," runs, and "why?" after a definition gives
 * the definition's reason.
 */
import { describe, expect, it } from "vitest";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { namedScenario } from "@/lib/tutor/simulate/reply";
import { getScenario } from "@/lib/sim";
import { followUpOf } from "@/lib/tutor/dialogue/followup";
import { lastReply, thread } from "./thread";

const W = "why-lstm-solves-vanishing-gradients";
const E = "how-lstm-handles-exploding-gradients";
const F = "why-lstm-gradients-do-not-vanish-backward";
const S = "spectral-radius-sweep";
const G = "gru-vs-lstm";

describe("a model named after a run that lacks it", () => {
  const cases: [string[], string, Record<string, number>][] = [
    [["simulate rnn against lstm for 250 steps", "and the gru?"], G, { steps: 250 }],
    [
      ["run the lstm and rnn comparison with 8 hidden units", "how about a gru"],
      G,
      { hiddenSize: 8 },
    ],
    [["run the full vs truncated demo", "now try it with a GRU"], G, {}],
    [["simulate the spectral sweep over 40 steps", "and an lstm instead?"], W, { steps: 40 }],
    [
      ["show the exploding gradients scenario for 70 steps", "switch to the gru with 30 steps"],
      G,
      { steps: 30 },
    ],
  ];
  it.each(cases)("%j runs %s", async (messages, scenarioId, params) => {
    const reply = await lastReply(messages);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("a question about the model's parts is not a switch", async () => {
    const reply = await lastReply([
      "run the exploding gradients scenario",
      "what about the gru's reset gate, what does it do?",
    ]);
    expect(reply.plot?.scenarioId).not.toBe(G);
  });
});

describe("one dial changed after a run keeps its scenario", () => {
  const cases: [string[], string, Record<string, number>][] = [
    [["simulate rnn vs lstm with 32 hidden units", "and with 1 unit?"], W, { hiddenSize: 1 }],
    [["run the gru vs lstm comparison", "now a single hidden unit"], G, { hiddenSize: 1 }],
    [["run the 1997 truncation vs full bptt scenario", "use 4 units"], F, { hiddenSize: 4 }],
    [["simulate the spectral sweep", "now 120 steps"], S, { steps: 120 }],
  ];
  it.each(cases)("%j runs %s", async (messages, scenarioId, params) => {
    const [first, reply] = await thread(messages);
    expect(reply?.plot?.scenarioId).toBe(scenarioId);
    expect(reply?.plot?.params).toMatchObject(params);
    // The reply stays on the run's lesson.
    expect(reply?.citations[0]?.id).toBe(first?.citations[0]?.id);
  });
});

describe("a dial set after a question, before any run", () => {
  it.each([
    [
      [
        "how does the 1997 truncated gradient differ from full bptt?",
        "set the recurrent scale to 0",
      ],
    ],
    [["compare full backprop with the 1997 truncated lstm gradient", "make recurrent scale 0.5"]],
  ])("%j runs the thread's lesson's scenario", async (messages) => {
    const reply = await lastReply(messages);
    expect(reply.plot?.scenarioId).toBe(F);
  });
});

describe("an order after a fronted phrase that names the scenario", () => {
  it.each([
    [
      "In the exploding scenario, set the input size to 0.8 and 60 steps.",
      E,
      { inputScale: 0.8, steps: 60 },
    ],
    ["For the gru comparison, use an update bias of 2.", G, { updateBias: 2 }],
    ["Within the full vs truncated demo, make the recurrent scale 2.", F, { recurrentScale: 2 }],
  ] as const)("%s", async (message, scenarioId, params) => {
    const reply = await lastReply([message]);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("a fronted phrase before a report of the learner's own model stays a report", async () => {
    const reply = await lastReply(["In my lstm, I use a forget bias of 0 and 50 steps."]);
    expect(reply.plot).toBeUndefined();
  });
});

describe("dial words name no scenario", () => {
  it.each(["use 80 steps and input size 1", "with 20 steps and hidden size 4"])("%s", (message) =>
    expect(namedScenario(message)).toBeUndefined(),
  );
  it("a count of one with its noun in the singular sets the width", () => {
    const params = getScenario(W)?.params ?? {};
    expect(extractParams("with 1 neuron", params).values).toEqual({ hiddenSize: 1 });
    expect(extractParams("a single unit please", params).values).toEqual({ hiddenSize: 1 });
    expect(extractParams("a one-unit recurrence", params).values).toEqual({});
  });
});

describe("why? after a definition", () => {
  it.each([
    [["define the constant error carousel", "but why?"], /exactly 1 because/i],
    [["whats the CEC?", "how come?"], /exactly 1 because/i],
  ])("%j gives the definition's reason", async (messages, reason) => {
    const reply = await lastReply(messages);
    expect(reply.reply).toMatch(reason);
    expect(reply.citations[0]?.id).toBe(F);
  });
});

describe("what a model changes, asked of a question about no model", () => {
  it.each([
    ["and for the lstm, what changes?", { kind: "what-about", subject: "lstm", via: "for the" }],
    ["what changes for a gru?", { kind: "what-about", subject: "gru", via: "for the" }],
    ["how is it different in an lstm?", { kind: "what-about", subject: "lstm", via: "in the" }],
    ["ok, in the gru: anything different?", { kind: "what-about", subject: "gru", via: "in the" }],
  ])("%s reads as the thread's question for that model", (message, expected) => {
    expect(followUpOf(message)).toEqual(expected);
  });

  it.each([
    [["walk me through backprop through time", "and in an lstm, what's different?"]],
    [["what is a vanishing gradient?", "what changes for an LSTM?"]],
  ])("%j opens with how the LSTM's cell carries the gradient", async (messages) => {
    const reply = await lastReply(messages);
    expect(reply.reply).toMatch(/cell is updated by addition/i);
    expect(reply.citations[0]?.id).toBe("what-problem-lstm-solves");
  });

  it("a question about growth or clipping gets no such lead", async () => {
    const reply = await lastReply([
      "how does gradient clipping work?",
      "and for an lstm, what changes?",
    ]);
    expect(reply.reply).not.toMatch(/cell is updated by addition/i);
  });
});
