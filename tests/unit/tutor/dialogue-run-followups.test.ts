/**
 * Follow-ups to a run, resolved against the stored dialogue state: a factor or a sign for the
 * run's main dial ("half that", "negative"), a value in words ("minus two"), "the other one" (the
 * other side of the pair the run changed), a bare choice ("sigmoid?"); and, after a question,
 * "does that hold for GRUs too?" (the GRU's part in the same role) and "lost me" (the same
 * subject, said more simply).
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

const W = "why-lstm-solves-vanishing-gradients";
const E = "how-lstm-handles-exploding-gradients";
const R = "what-problem-lstm-solves";
const S = "spectral-radius-sweep";
const G = "gru-vs-lstm";

const runs: [string[], string, Record<string, number | string>][] = [
  [["run the rnn vs lstm comparison with forget bias 4", "half that"], W, { forgetBias: 2 }],
  [
    ["simulate the exploding one with recurrent scale 1.2", "double it"],
    E,
    { recurrentScale: 2.4 },
  ],
  [["run the rnn vs lstm with forget bias 3", "negative"], W, { forgetBias: -3 }],
  [
    ["run the gru vs lstm with update bias 3", "the other one"],
    G,
    { forgetBias: 3, updateBias: 1 },
  ],
  [
    ["run the rnn vs lstm comparison with forget bias 2 over 300 steps", "and with 0?"],
    W,
    { forgetBias: 0, steps: 300 },
  ],
  [["run the spectral radius sweep", "sigmoid?"], S, { activation: "sigmoid" }],
  [["run the exploding one with a threshold of 4", "halve that"], E, { clipThreshold: 2 }],
  [["run the gru comparison with update bias 1.5", "minus two"], G, { updateBias: -2 }],
  [["run the remember-a-bit task storing a 1", "the other one"], R, { bit: "0" }],
  [
    ["run the sweep with the gaussian matrix", "and with relu?"],
    S,
    { activation: "relu", matrix: "gaussian" },
  ],
  [
    ["run the rnn vs lstm comparison with forget bias 2", "what about three hundred steps?"],
    W,
    { steps: 300, forgetBias: 2 },
  ],
];

describe("follow-ups that change the last run", () => {
  it.each(runs)("%j", async (messages, scenarioId, params) => {
    const reply = await lastReply(messages);
    expect(reply.plot?.scenarioId).toBe(scenarioId);
    expect(reply.plot?.params).toMatchObject(params);
  });

  it("reads a dial with its value and nothing else as a change to the run", async () => {
    const reply = await lastReply([
      "run the rnn vs lstm one with forget bias 2",
      "and fifty steps?",
    ]);
    expect(reply.plot?.params).toMatchObject({ steps: 50, forgetBias: 2 });
  });

  it("reads 'and with half of that?' as a factor", async () => {
    const reply = await lastReply([
      "run the exploding one with clip at 5",
      "and with half of that?",
    ]);
    expect(reply.plot?.params.clipThreshold).toBe(2.5);
  });

  it("reads 'three times the threshold' as a factor on the run's threshold", async () => {
    const reply = await lastReply([
      "run the exploding one with max norm 2",
      "now with three times the threshold",
    ]);
    expect(reply.plot?.params.clipThreshold).toBe(6);
  });

  it("flips the two-way choice the noun names when the run changed none", async () => {
    const reply = await lastReply(["run the latch demo", "the other variant"]);
    expect(reply.plot?.params.variant).toBe("lstm-1997");
  });

  it("runs the same run again, saying so, when nothing comes in a pair", async () => {
    const reply = await lastReply(["run the rnn vs lstm with forget bias 2", "the other one"]);
    expect(reply.plot?.params.forgetBias).toBe(2);
    expect(reply.reply).toMatch(/^Nothing in this run comes in a pair/);
  });

  it("reads 'with the forget gate?' as the other LSTM variant", async () => {
    const reply = await lastReply(["run the backward pass one", "with the forget gate?"]);
    expect(reply.plot?.params.variant).toBe("forget-gate");
  });

  it("keeps a negative value negative when asked to make it negative", async () => {
    const reply = await lastReply([
      "run the gru comparison with update bias -2",
      "make it negative",
    ]);
    expect(reply.plot?.params.updateBias).toBe(-2);
  });

  it("makes a value positive again", async () => {
    const reply = await lastReply(["run the rnn vs lstm with forget bias -2", "now positive"]);
    expect(reply.plot?.params.forgetBias).toBe(2);
  });
});

const notCovered = /outside what this course|not something this course covers/;

describe("follow-ups to a question", () => {
  it.each([
    ["what does the forget gate bias do?", "does that hold for GRUs too?"],
    ["why is the forget bias usually initialised to 1?", "and does the same go for a GRU?"],
  ])("%s / %s answers about the GRU's update gate", async (first, second) => {
    const reply = await lastReply([first, second]);
    expect(reply.citations[0]?.id).toBe("gru");
    expect(reply.reply).toMatch(/update[- ]gate/i);
    expect(reply.reply).not.toMatch(notCovered);
  });

  it("swaps the gate as well as the model: 'what about GRUs?' after a forget-bias question", async () => {
    const reply = await lastReply(["why do LSTMs need a forget bias of 1?", "what about GRUs?"]);
    expect(reply.citations[0]?.id).toBe("gru");
    expect(reply.reply).toMatch(/update[- ]gate/i);
  });

  it.each([
    ["what does gradient clipping do?", "lost me", E],
    ["what is a jacobian?", "what?", "bptt-basics"],
    ["what is gradient clipping?", "sorry, what?", E],
  ])("%s / %s keeps the subject", async (first, second, lesson) => {
    const [reply] = [await lastReply([first, second])];
    expect(reply.citations[0]?.id).toBe(lesson);
    expect(reply.reply).not.toMatch(notCovered);
  });
});

describe("a learner lost right after a run", () => {
  it("gets the same run said plainly, with its per-step factor and what repeating it does", async () => {
    const reply = await lastReply([
      "run the rnn vs lstm comparison with forget bias 2 over 200 steps",
      "huh?",
    ]);
    expect(reply.citations[0]?.id).toBe(W);
    expect(reply.reply).toMatch(/^Put simply/);
    // σ(2) ≈ 0.881 per step, 0.881^200 is tiny: the reply says the gradient vanishes.
    expect(reply.reply).toMatch(/0\.881/);
    expect(reply.reply).toMatch(/vanishes/);
  });
});
