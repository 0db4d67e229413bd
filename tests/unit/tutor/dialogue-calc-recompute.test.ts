/**
 * A numeric follow-up on a calculation computes it again with the new value: a quantity named
 * again ("and the weight at 1.3?", "with 25 layers?") replaces the same quantity, a bare number
 * replaces the main input or, when it cannot be that, the length; never the old result repeated.
 */
import { describe, expect, it } from "vitest";
import { findNumbers } from "@/lib/tutor/numbers";
import { thread } from "./thread";

const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01 + 1e-12);

describe("numeric follow-ups on a calculation", () => {
  it.each([
    [
      ["linear unit, w = 0.7, T = 20: how much of the gradient is left?", "and the weight at 1.3?"],
      1.3 ** 20,
    ],
    [
      ["one linear unit with weight 0.95 over 40 steps, how much survives?", "what if w is 1.05?"],
      1.05 ** 40,
    ],
    [["plain tanh chain: how much is left at the midpoint after 12 steps?", "and 3?"], 1],
    [["sigmoid units at the midpoint, how much is left after 6 steps?", "and 9?"], 0.25 ** 9],
    [
      ["8 residual blocks x + 0.3 tanh(x) at 0: what's the gradient?", "with 25 blocks?"],
      1.3 ** 25,
    ],
    [["8 residual blocks x + 0.3 tanh(x) at 0: what's the gradient?", "and 3?"], 1.3 ** 3],
    [
      [
        "forget gate stuck at 0.9 for 10 steps, how much of the cell gradient survives?",
        "and after 30?",
      ],
      0.9 ** 30,
    ],
  ])("%j recomputes", async (messages, want) => {
    const replies = await thread(messages);
    const last = replies.at(-1);
    expect(last?.intent).toBe("calculate");
    expect(has(last?.reply ?? "", want), last?.reply).toBe(true);
  });

  it("says the cell gradient now vanishes when the bias drops", async () => {
    const [, last] = await thread([
      "cell path gradient over 200 steps with forget bias 6, how much is left?",
      "and bias 0",
    ]);
    expect(last?.reply).toMatch(/vanish/i);
  });

  it("adds or removes a stack's shortcuts when a follow-up asks for them", async () => {
    const [, residual, plain] = await thread([
      "six plain layers of 0.5 tanh(x) at zero: gradient through them?",
      "and with residual shortcuts?",
      "and without shortcuts?",
    ]);
    expect(has(residual?.reply ?? "", 1.5 ** 6)).toBe(true);
    expect(has(plain?.reply ?? "", 0.5 ** 6)).toBe(true);
  });
});
