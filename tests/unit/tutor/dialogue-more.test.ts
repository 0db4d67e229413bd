/**
 * The second round of the dialogue layer: the course's other calculations on the learner's
 * numbers, follow-ups that lean on the thread without course words of their own, yes/no
 * questions answered "Yes: " when their opposite is a catalogued misconception, more ways of
 * stating misconceptions (and their negations), relative dial changes, and near-topic subjects
 * the course does not teach.
 */
import { describe, expect, it } from "vitest";
import { calculate, detectMisconceptions, type TutorReply } from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";
import { thread } from "./thread";

const last = async (messages: string[]) => (await thread(messages)).at(-1) as TutorReply;

/** Some number in the text within 1 % of `want`. */
const hasNumber = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01);

describe("more calculations", () => {
  it.each([
    ["what's 0.8 to the power 20", 0.8 ** 20],
    ["each step keeps 0.7 of the gradient, how much is left after 12 steps", 0.7 ** 12],
    ["tanh(0.5)", Math.tanh(0.5)],
    ["slope of the sigmoid at 0", 0.25],
    ["derivative of tanh at x = 2", 1 - Math.tanh(2) ** 2],
    ["if each step keeps 0.5, after how many steps is it first below 0.001?", 10],
    ["it is 0.01 of its size after 10 steps; with the same factors, what after 30 steps?", 1e-6],
    [
      "which forget bias keeps 0.1 of the cell gradient over 50 steps?",
      Math.log(0.1 ** (1 / 50) / (1 - 0.1 ** (1 / 50))),
    ],
    ["forget gate bias 2, T = 30: cell path gradient?", (1 / (1 + Math.exp(-2))) ** 30],
    ["residual stack of 20 blocks x + 0.05 tanh(x) at x = 0", 1.05 ** 20],
    ["h_t = tanh(0.5 h_{t-1}) from h_0 = 0, derivative after 4 steps", 0.5 ** 4],
    ["x_t = 2 x_{t-1}, x_0 = 1: dx_10/dw", 10 * 2 ** 9],
    ["x_t = 2 x_{t-1}, x_0 = 1: second derivative d²x_10/dw²", 90 * 2 ** 8],
    ["W = 1.2·Q with Q orthogonal: ||dh_10/dh_0||", 1.2 ** 10],
    ["W = [[2, 0], [0, 0.5]], what's the 2-norm of W^3", 8],
    ["what's the norm of (3, 4)", 5],
    ["how much gradient survives 40 steps if each step multiplies it by 0.9", 0.9 ** 40],
    ["how many steps until 0.9^n drops below 0.01", 44],
  ])("%s", (message, want) => {
    const r = calculate(message);
    expect(r, message).toBeDefined();
    expect(hasNumber(r?.text ?? "", want), r?.text).toBe(true);
  });

  it("leaves a request to run something to the simulator", () => {
    expect(calculate("what if the forget bias is 3 over 200 steps?")).toBeUndefined();
    expect(
      calculate("recurrent scale 1.5 for 60 steps, and what does clipping at 2 do"),
    ).toBeUndefined();
  });

  it("clips at the last threshold named", () => {
    const r = calculate("(6, 8) clipped at θ = 2 gives length 2; now at θ = 4?");
    expect(r?.text).toContain("(2.4, 3.2)");
  });

  it("continues the last calculation with a new value or another function", async () => {
    expect((await last(["clip (6, 8) at 5", "and at 20?"])).reply).toMatch(/Not clipped/);
    expect((await last(["clip (3, 4) at 2", "what if the threshold were 10?"])).reply).toMatch(
      /Not clipped/,
    );
    const counted = await last(["what is a jacobian", "how many of them from step 50 to 10?"]);
    expect(counted.intent).toBe("calculate");
    expect(hasNumber(counted.reply, 40)).toBe(true);
    const swapped = await last(["derivative of tanh at 0", "and for sigmoid?"]);
    expect(hasNumber(swapped.reply, 0.25)).toBe(true);
  });
});

describe("follow-ups without course words of their own", () => {
  it("reads a short conversational question as part of the thread", async () => {
    const r = await last(["how do I pick a clipping threshold", "what do people actually use?"]);
    expect(r.intent).toBe("explain");
    expect(r.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });

  it("keeps a word the course never uses off-topic, even mid-thread", async () => {
    const r = await last(["how do I pick a clipping threshold", "how do I make pancakes?"]);
    expect(r.intent).toBe("off-topic");
    expect(r.citations).toEqual([]);
  });

  it.each(["tl;dr?", "ok but why not", "example pls"])("'%s' stays on the thread", async (f) => {
    const r = await last(["why does the lstm solve vanishing gradients", f]);
    expect(r.intent).not.toBe("off-topic");
    expect(r.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });

  it("'and with sigmoid?' after a run re-runs it with that choice", async () => {
    const r = await last(["sweep the spectral radius for tanh with 30 steps", "and with sigmoid?"]);
    expect(r.intent).toBe("simulate");
    expect(r.plot?.params.activation).toBe("sigmoid");
    expect(r.plot?.params.steps).toBe(30);
  });
});

describe("definitions only for the term itself", () => {
  it("answers 'how does the LSTM fix vanishing gradients' from the LSTM lesson, not the glossary", async () => {
    const r = await last(["how does the lstm fix vanishing gradients"]);
    expect(r.reply).not.toMatch(/^\*\*Vanishing gradient\*\*/);
    expect(r.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });

  it("still defines 'gradient clipping'", async () => {
    expect((await last(["how does gradient clipping work?"])).reply).toMatch(
      /^\*\*Gradient clipping/,
    );
  });
});

describe("yes/no questions whose opposite is a misconception", () => {
  it.each([
    ["can an LSTM's gradient still vanish?", "lstm-never-vanishes"],
    ["does the forget bias matter?", "forget-bias-irrelevant"],
    ["should I clip gradients for my LSTM?", "lstm-never-explodes"],
  ])("'%s' opens Yes and records nothing", async (message) => {
    const r = await last([message]);
    expect(r.reply).toMatch(/^Yes: /);
    expect(r.misconceptions ?? []).toEqual([]);
  });

  it("does not confirm a question that only shares the words", async () => {
    for (const message of [
      "does the LSTM forget gate help with exploding gradients?",
      "does clipping help an LSTM with vanishing gradients?",
    ]) {
      expect((await last([message])).reply, message).not.toMatch(/^Yes: /);
    }
  });

  it("answers a thread's 'so do I still need clipping' with yes", async () => {
    const r = await last([
      "what problem does the LSTM solve",
      "what about exploding gradients then?",
      "so do I still need clipping",
    ]);
    expect(r.reply).toMatch(/^Yes: /);
    expect(r.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("misconceptions in more words", () => {
  it.each([
    ["norm clipping tilts the gradient a little", "clipping-changes-direction"],
    ["truncated and full gradients are identical anyway", "full-equals-truncated"],
    ["spectral radius 0.8, so it vanishes right away", "spectral-radius-suffices"],
    ["the forget bias hardly matters", "forget-bias-irrelevant"],
    ["the CEC is basically the input and output gates", "cec-has-gates"],
    [
      "tiny recurrent weights can still explode? that's what I read",
      "explosion-without-large-weights",
    ],
  ])("%s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it("does not flag them when negated", () => {
    expect(detectMisconceptions("norm clipping does not rotate the gradient")).not.toContain(
      "clipping-changes-direction",
    );
    expect(
      detectMisconceptions("the forget bias does not hardly matter, it matters a lot"),
    ).toEqual(expect.not.arrayContaining(["forget-bias-irrelevant"]));
  });
});

describe("simulation requests, relative and negative", () => {
  it("doubles a dial from its current value", async () => {
    const r = await last([
      "run the exploding sim with clip threshold 3",
      "what if I double the clipping threshold",
    ]);
    expect(r.plot?.params.clipThreshold).toBe(6);
  });

  it("reads 'no distractors' as zero and 'lr 0.05' as the learning rate", async () => {
    expect(
      (await last(["rerun the remember bit one with no distractors"])).plot?.params.distractors,
    ).toBe(0);
    expect((await last(["run the exploding one with lr 0.05"])).plot?.params.learningRate).toBe(
      0.05,
    );
  });
});

describe("near-topic subjects the course does not teach", () => {
  it.each(["how does batch norm help training", "Adam vs SGD for training an LSTM?"])(
    "%s: off-topic, no citation",
    async (message) => {
      const r = await last([message]);
      expect(r.intent).toBe("off-topic");
      expect(r.citations).toEqual([]);
    },
  );
});
