/**
 * Run requests in wording the tuning sets never used: scenarios named by what they show ("the
 * exploding one", "the latch demo"), dials by their everyday names ("max norm", "horizon") and
 * values in words ("a forget bias of three", "one half"). Each must run that scenario with those
 * values; "run it" with nothing to run asks which.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

const W = "why-lstm-solves-vanishing-gradients";
const E = "how-lstm-handles-exploding-gradients";
const F = "how-to-fix-vanishing-gradients";
const R = "what-problem-lstm-solves";
const T = "why-lstm-gradients-do-not-vanish-backward";
const S = "spectral-radius-sweep";
const G = "gru-vs-lstm";

const requests: [string, string, Record<string, number | string>][] = [
  ["run the spectral radius sweep with sigmoid", S, { activation: "sigmoid" }],
  ["can you run the exploding one with a recurrent scale of two", E, { recurrentScale: 2 }],
  ["run the GRU comparison for three hundred steps", G, { steps: 300 }],
  ["simulate the backward pass one with the forget gate variant", T, { variant: "forget-gate" }],
  ["run the latch demo with a forget bias of three", R, { forgetBias: 3 }],
  ["do the residual one with relu", F, { stackActivation: "relu" }],
  [
    "simulate the exploding scenario with a sequence length of sixty and clip at 2",
    E,
    { steps: 60, clipThreshold: 2 },
  ],
  ["run the sweep over fifty time steps", S, { steps: 50 }],
  ["run the remember-a-bit task with distractors of half a unit", R, { distractors: 0.5 }],
  ["run the exploding demo with max norm 3", E, { clipThreshold: 3 }],
  ["simulate the exploding one with a spectral radius of 2.5", E, { recurrentScale: 2.5 }],
  ["run the fix-vanishing demo with a weight scale of 1.5", F, { weightScale: 1.5 }],
  ["run the how-far-back comparison with a horizon of 400", W, { steps: 400 }],
  [
    "run the backward one with the 1997 cell for two hundred steps",
    T,
    { variant: "lstm-1997", steps: 200 },
  ],
  [
    "run the GRU vs LSTM with forget bias of zero and update bias of three",
    G,
    { forgetBias: 0, updateBias: 3 },
  ],
  [
    "run the sweep with the gaussian matrix and sixteen hidden units",
    S,
    { matrix: "gaussian", hiddenSize: 16 },
  ],
  ["run the vanishing fix demo with a depth of one hundred layers", F, { depth: 100 }],
  ["run the clipping demo with the clip threshold at one half", E, { clipThreshold: 0.5 }],
  ["rnn vs lstm over twelve steps, forget bias negative one", W, { steps: 12, forgetBias: -1 }],
];

describe("run requests in unseen wording", () => {
  it.each(requests)("%s", async (message, scenarioId, params) => {
    const reply = await lastReply([message]);
    expect(reply.intent).toBe("simulate");
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });
});

describe("a run request that names nothing to run", () => {
  it("lists the scenarios by what they show and asks which", async () => {
    const reply = await lastReply(["run it"]);
    expect(reply.plot).toBeUndefined();
    expect(reply.reply).toMatch(/which/i);
    expect(reply.reply).toMatch(/GRU/);
    expect(reply.reply).toMatch(/clipping/);
    expect(reply.citations).toEqual([]);
  });

  it("runs the open lesson's scenario instead, when a lesson is open", async () => {
    const reply = await lastReply(["simulate it"], { lessonId: "gru" });
    expect(reply.plot?.scenarioId).toBe(G);
  });

  it("runs the last run again after one", async () => {
    const reply = await lastReply(["run the exploding one with max norm 3", "ok run it again"]);
    expect(reply.plot?.scenarioId).toBe(E);
    expect(reply.plot?.params.clipThreshold).toBe(3);
  });
});

describe("values in words ask for a run as digits do", () => {
  it.each([
    ["set the forget bias to three in the rnn vs lstm one", W, { forgetBias: 3 }],
    ["gru comparison, update bias of minus one", G, { updateBias: -1 }],
    ["the exploding one, gain one and a half", E, { recurrentScale: 1.5 }],
  ])("%s", async (message, scenarioId, params) => {
    const reply = await lastReply([message]);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("does not read 'the exploding one' as a value of 1", async () => {
    const reply = await lastReply(["run the exploding one with max norm 3"]);
    expect(reply.reply).not.toMatch(/couldn't tell which setting/);
  });
});
