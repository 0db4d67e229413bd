/**
 * How a run request is read, mechanism by mechanism: a scenario named by what it shows, a value
 * said before its dial, units written with a hyphen, "fifty percent" and "a dozen", the forget
 * gate said with any verb, and a dial the scenario does not have (left out, with a note, never
 * given to another dial). Each run must set exactly the named dials.
 */
import { describe, expect, it } from "vitest";
import { defaultParams, getScenario } from "@/lib/sim";
import { lastReply } from "./thread";

const W = "why-lstm-solves-vanishing-gradients";
const E = "how-lstm-handles-exploding-gradients";
const F = "how-to-fix-vanishing-gradients";
const R = "what-problem-lstm-solves";
const T = "why-lstm-gradients-do-not-vanish-backward";
const G = "gru-vs-lstm";

const cases: [string, string, Record<string, number | string>][] = [
  // What it shows
  [
    "can you run the demo where the gradients vanish in the RNN for a sequence of 300",
    W,
    { steps: 300 },
  ],
  ["show the vanishing gradient demo with a hundred steps", W, { steps: 100 }],
  ["run the one where the gradient explodes and set the clip to twenty", E, { clipThreshold: 20 }],
  ["run the 1997 trick demo with a recurrent scale of 2", T, { recurrentScale: 2 }],
  ["simulate the one that stores a bit, 120 step delay", R, { steps: 120 }],
  // Value before its dial
  [
    "show me the clipping one with threshold 2 and 0.1 input noise",
    E,
    { clipThreshold: 2, inputScale: 0.1 },
  ],
  ["residual one with 3 as branch scale", F, { branchScale: 3 }],
  ["run the residual demo, weight scale 0.5, branch 2", F, { weightScale: 0.5, branchScale: 2 }],
  // Units and numbers as written
  ["run the exploding demo with 25 time-steps", E, { steps: 25 }],
  ["run the gru comparison with a dozen hidden units", G, { hiddenSize: 12 }],
  ["run the exploding one with 10 percent input noise", E, { inputScale: 0.1 }],
  ["run the exploding one, gradients clipped at 4", E, { clipThreshold: 4 }],
  ["rnn vs lstm with a hidden layer of 10", W, { hiddenSize: 10 }],
  // The forget gate, said with any verb
  [
    "compare full and truncated for an LSTM that has a forget gate, bias 2, over 80 steps",
    T,
    { variant: "forget-gate", forgetBias: 2, steps: 80 },
  ],
  ["run the latch demo with the 1997 cell, dropping the forget gate", R, { variant: "lstm-1997" }],
];

describe("reading a run request", () => {
  it.each(cases)("%s", async (message, scenarioId, params) => {
    const reply = await lastReply([message]);
    const def = getScenario(scenarioId);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toEqual({ ...defaultParams(def?.params ?? {}), ...params });
  });
});

describe("a dial the scenario does not have", () => {
  it("is left out with a note, and its value goes to no other dial", async () => {
    const reply = await lastReply(["run the truncation demo with the update gate's bias at 2"]);
    const def = getScenario(T);
    expect(reply.plot?.scenarioId).toBe(T);
    expect(reply.plot?.params).toEqual(defaultParams(def?.params ?? {}));
    expect(reply.reply).toMatch(/has no GRU update-gate bias, so I left out 2/);
  });

  it("does not make the RNN against LSTM comparison read its forget-gate bias", async () => {
    const reply = await lastReply(["run the plain rnn vs lstm with update gate bias 2"]);
    expect(reply.plot?.scenarioId).toBe(W);
    expect(reply.plot?.params.forgetBias).toBe(1);
  });
});
