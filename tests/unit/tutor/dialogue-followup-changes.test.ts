/**
 * Follow-ups that change a value, ask why, or swap the subject: re-run or recompute with the
 * change, stay on the answer's lesson, never fall to "not covered".
 */
import { describe, expect, it } from "vitest";
import { thread } from "./thread";

const NOT_COVERED = /not something this course covers|outside what this course/i;

describe("a new value after a run", () => {
  it.each([
    ["simulate the exploding case with recurrent scale 2.5", "ok now try 1.1", 1.1],
    ["run the exploding case with recurrent scale 1.5", "try 0.7 instead", 0.7],
  ])("%s → %s", async (run, next, value) => {
    const [, last] = await thread([run, next]);
    expect(last?.plot?.scenarioId).toBe("how-lstm-handles-exploding-gradients");
    expect(last?.plot?.params.recurrentScale).toBe(value);
  });

  it("clamps an out-of-range value for the thread's dial and says so", async () => {
    const [, last] = await thread(["run the exploding case with recurrent scale 2", "make it 9"]);
    expect(last?.plot?.params.recurrentScale).toBe(3);
    expect(last?.reply).toMatch(/you asked for 9/);
  });

  it("reads 'and that curve?' against the run just shown", async () => {
    const [first, last] = await thread([
      "run the exploding case with recurrent scale 1.5",
      "and that curve?",
    ]);
    expect(last?.plot).toEqual(first?.plot);
    expect(last?.reply).toMatch(/1\.5/);
  });

  it("doubles the run's main dial", async () => {
    const [, last] = await thread([
      "run the rnn vs lstm comparison with forget bias 1.5",
      "double it",
    ]);
    expect(last?.plot?.params.forgetBias).toBe(3);
  });
});

describe("a quantity named again after a calculation", () => {
  it("recomputes with the new length, then the new bias", async () => {
    const [, longer, zero] = await thread([
      "forget bias 3, 40 steps, how much of the cell gradient is left?",
      "what about 80 steps?",
      "and with bias 0?",
    ]);
    expect(longer?.intent).toBe("calculate");
    // The base keeps the digits its power needs: 0.953^80 would be 0.0213, not 0.0205.
    expect(longer?.reply).toContain("0.95257^{80} = 0.0205");
    expect(zero?.reply).toContain("0.5^{80}");
  });

  it("recomputes a recurrence at another length", async () => {
    const [, last] = await thread([
      "h_t = 0.7 h_{t-1}, how much is left after 30 steps?",
      "and after 5?",
    ]);
    expect(last?.reply).toContain("0.7^{5}");
  });

  it("clips another vector at the same threshold", async () => {
    const [, last] = await thread(["clip (6, 8) at 4", "and (60, 80)?"]);
    expect(last?.intent).toBe("calculate");
    expect(last?.reply).toContain("(2.4, 3.2)");
  });

  it("computes the GRU's copy path when the model is swapped", async () => {
    const [, last] = await thread([
      "forget bias 3, 40 steps, how much of the cell gradient is left?",
      "and for a GRU with the same bias?",
    ]);
    expect(last?.intent).toBe("calculate");
    expect(last?.citations[0]?.id).toBe("gru");
    expect(last?.reply).toContain("0.9526^{40}");
  });

  it("recomputes an explicit power at another length", async () => {
    const [, last] = await thread(["σ(1)^20", "and with 40 steps?"]);
    expect(last?.reply).toContain("0.731059^{40} = 3.61e-6");
  });
});

describe("why and subject swaps stay on the thread", () => {
  it("'why not for long?' after an answer stays on its lesson", async () => {
    const [first, last] = await thread([
      "does identity initialisation cure vanishing gradients?",
      "why not for long?",
    ]);
    expect(last?.reply).not.toMatch(NOT_COVERED);
    expect(last?.citations[0]?.id).toBe(first?.citations[0]?.id);
  });

  it("'why not in an lstm?' asks the thread's question about the LSTM", async () => {
    const [, last] = await thread(["why do gradients blow up?", "why not in an lstm?"]);
    expect(last?.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });

  it("swaps the LSTM's part for the GRU's", async () => {
    const [, last] = await thread(["what forget-gate bias should I pick?", "and for a GRU?"]);
    expect(last?.citations[0]?.id).toBe("gru");
    expect(last?.reply).toMatch(/update/i);
  });

  it("swaps one framework for another", async () => {
    const [, last] = await thread([
      "how do I set the forget gate bias in pytorch?",
      "and in keras?",
    ]);
    expect(last?.reply).toMatch(/unit_forget_bias/);
  });

  it("reads 'how do I fix it?' as a question about the thread's subject", async () => {
    const [, last] = await thread(["what is the vanishing gradient problem?", "how do I fix it?"]);
    expect(last?.citations[0]?.id).toBe("how-to-fix-vanishing-gradients");
  });

  it("keeps a foreign subject off-topic", async () => {
    const [, last] = await thread(["what does gradient clipping do?", "what about pancakes?"]);
    expect(last?.intent).toBe("off-topic");
    expect(last?.citations).toEqual([]);
  });
});
