/**
 * A calculation's follow-up that asks a new question on the same case: a share said as a word
 * ("a quarter") is a value, and the new question is asked on the old settings without the old
 * question, which would otherwise be answered again. The same case asked of another model that
 * comes out at the same number says so.
 */
import { describe, expect, it } from "vitest";
import { settingsOf } from "@/lib/tutor/dialogue/calc-reading";
import { lastReply } from "./thread";

const bold = (text: string) => Number(/\*\*([-\d.e+]+)\*\*/.exec(text)?.[1]);
/** The forget bias b with σ(b)^T = share. */
const biasFor = (share: number, T: number) => {
  const gate = share ** (1 / T);
  return Math.log(gate / (1 - gate));
};

describe("a new question on the last calculation's case", () => {
  it("solves for the bias when the share is a word", async () => {
    const reply = await lastReply([
      "the cell path with forget bias 1 over 60 steps keeps about 6.7e-9 according to my notes",
      "what forget bias would keep a quarter?",
    ]);
    expect(reply.intent).toBe("calculate");
    expect(Math.abs(bold(reply.reply) - biasFor(0.25, 60))).toBeLessThan(0.02);
  });

  it("does not repeat the old answer when the old question is still in the thread", async () => {
    const reply = await lastReply([
      "forget bias 0.5 and 30 steps: how much gets through the cell path?",
      "and what bias would keep half?",
    ]);
    expect(Math.abs(bold(reply.reply) - biasFor(0.5, 30))).toBeLessThan(0.02);
  });

  it("keeps the settings and drops the asking clause", () => {
    expect(settingsOf("bias 2, 40 steps: how much is left?")).toBe("bias 2, 40 steps:");
    expect(settingsOf("how much is left with bias 2?")).toBeUndefined();
  });
});

describe("the same case for another model", () => {
  it("says when the GRU's copy path gives the LSTM's number", async () => {
    const reply = await lastReply([
      "lstm with zero weights and forget bias 2: how much of the cell gradient is left after 40 steps?",
      "what about a gru?",
    ]);
    expect(reply.reply).toContain("update gate");
    expect(reply.reply).toMatch(/same result as before/);
  });
});
