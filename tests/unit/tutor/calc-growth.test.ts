/**
 * Steps until a product crosses a level, both ways: a shrinking factor falls below a level, a
 * growing one first exceeds it (the exploding side of the same s^T).
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

const ask = (message: string) => respond({ message, history: [] });

describe("steps until a growing product exceeds a level", () => {
  it.each([
    ["with a per-step factor of 1.1, after how many steps does 1.1^T first exceed 1000?", 73],
    ["each step multiplies the gradient by 1.5, after how many steps is it above 1e6?", 35],
    ["a factor of 2 per step: smallest T with 2^T greater than 1000?", 10],
  ])("%s -> %d", async (message, steps) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toContain(`After **${steps}** steps`);
    // The first whole step past the level: s^n above it, s^(n-1) not.
    expect(reply.reply).toMatch(/explodes/);
  });

  it("still counts a shrinking product down", async () => {
    const reply = await ask("each step keeps 0.9, after how many steps is it below 0.001?");
    expect(reply.reply).toContain("After **66** steps");
  });
});
