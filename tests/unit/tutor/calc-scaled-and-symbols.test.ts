/**
 * Calculations said in other ways: a coefficient given as a letter and its value, a scaled
 * orthogonal matrix with linear units, "the smallest T" for a power to fall below a level, and a
 * follow-up that doubles or halves a quantity of the last calculation.
 */
import { describe, expect, it } from "vitest";
import { calculate } from "@/lib/tutor";
import { lastReply } from "./thread";

const bold = (text: string | undefined) => /\*\*([^*]+)\*\*/.exec(text ?? "")?.[1];

describe("calculations in other words", () => {
  it("puts a lettered coefficient's value into the block", () => {
    const calc = calculate(
      "blocks x + b·tanh(x) with b = 0.25 at x = 0, 8 of them stacked as 8 blocks",
    );
    // (1 + 0.25)^8 = 5.96 (node: 1.25 ** 8)
    expect(bold(calc?.text)).toBe("5.96");
    expect(calc?.lessonId).toBe("how-to-fix-vanishing-gradients");
  });

  it("reads a scaled orthogonal W with linear units as that scale per step", () => {
    const calc = calculate(
      "linear units, an orthogonal W scaled by 0.8, what is left after 10 steps?",
    );
    // 0.8^10 = 0.107
    expect(bold(calc?.text)).toBe("0.107");
    expect(calc?.text).toMatch(/orthogonal/);
  });

  it("reads forget gates given as σ(b) as the cell path's σ(b)^T", () => {
    const calc = calculate(
      "say each forget gate sits at sigma(1.5): after 30 steps what fraction is left?",
    );
    // σ(1.5) = 0.818, 0.818^30 = 0.00238 (node: (1 / (1 + Math.exp(-1.5))) ** 30)
    expect(bold(calc?.text)).toBe("0.00238");
  });

  it.each([
    ["the smallest integer n for which 0.9^n drops below 0.01", "44"],
    ["first T where 0.7^T < 0.001", "20"],
  ])("%s", (message, steps) => {
    expect(bold(calculate(message)?.text)).toBe(steps);
  });
});

describe("a follow-up that scales the last calculation", () => {
  it.each([
    [["what's sigma(1)^30?", "what if T is doubled?"], "6.87e-9"],
    [["clip (3, 4) at 4", "and with double the threshold?"], "(3, 4)"],
    [["with forget bias 3, how much survives 60 steps?", "and half the steps?"], "0.233"],
  ])("%j", async (messages, result) => {
    const reply = await lastReply(messages);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toContain(result);
  });
});
