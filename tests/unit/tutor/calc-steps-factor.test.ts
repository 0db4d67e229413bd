/**
 * Steps until a product falls below a level, with the per-step factor given as a linear unit's
 * weight (also as "w^T" with w named apart) or as a GRU's update bias, whose copy path keeps
 * σ(b_z) per step in PyTorch's convention and 1 − σ(b_z) in the one that gates the candidate.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

const ask = (message: string) => respond({ message, history: [] });

describe("steps until, with the factor named by its role", () => {
  it.each([
    // 0.7^19 = 0.00114, 0.7^20 = 7.98e-4.
    ["a linear neuron whose weight is 0.7: fewest steps before w^T is under 0.001?", 20],
    // ln(1e-4)/ln(0.9) = 87.4.
    ["linear recurrence, w = 0.9 — least number of steps n with w^n below 1e-4?", 88],
    // σ(1) = 0.731, ln(1e-4)/ln(0.731) = 29.4.
    ["with a forget bias of 1, how long until the cell gradient is under 1e-4?", 30],
    // ln(0.02)/ln(0.5) = 5.64.
    ["if the signal is halved at every step, after how many steps is it under 2%?", 6],
    // ln(1e-3)/ln(0.85) = 42.5.
    ["0.85 per step: number of steps before only 0.001 of it is left?", 43],
    // σ(−1) = 0.269, ln(1e-3)/ln(0.269) = 5.27.
    [
      "forget bias -1, how many steps until less than a thousandth of the cell gradient remains?",
      6,
    ],
  ])("%s -> %d", async (message, steps) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toContain(`After **${steps}** steps`);
  });

  it("reads a GRU's update bias as the copy path's factor and says which convention", async () => {
    // σ(2) = 0.8808, ln(1e-3)/ln(0.8808) = 54.4.
    const reply = await ask(
      "a GRU with b_z = 2 and every other weight at zero: after how many steps has the copy path dropped below 1e-3?",
    );
    expect(reply.reply).toContain("After **55** steps");
    expect(reply.reply).toMatch(/PyTorch's convention/);
    expect(reply.citations[0]?.id).toBe("gru");
  });

  it("uses 1 − σ(b_z) in Chung's convention", async () => {
    // 1 − σ(−3) = σ(3) = 0.9526, ln(0.01)/ln(0.9526) = 94.8.
    const reply = await ask(
      "in Chung's GRU, update bias -3, rest zero: how many steps until the copy-path gradient falls under 0.01?",
    );
    expect(reply.reply).toContain("After **95** steps");
    expect(reply.reply).toMatch(/1 - \\sigma\(-3\)/);
  });

  it("counts up for a weight above 1", async () => {
    // 1.2^37 = 851, 1.2^38 = 1020.
    const reply = await ask(
      "one linear unit with weight 1.2: after how many steps does it first exceed 1000?",
    );
    expect(reply.reply).toContain("After **38** steps");
  });
});
