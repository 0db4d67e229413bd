/**
 * A bare number after a calculation replaces the number the learner is varying: the length when
 * the main input was stated as a premise or the length was changed last, and the reply says which
 * reading it used when both compute. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

const sigma = (b: number) => 1 / (1 + Math.exp(-b));

describe("a bare number after a calculation", () => {
  it("varies the length when the bias is the question's premise", async () => {
    const reply = await lastReply([
      "with bias 0 on the forget gate f is 0.5, right? so over 6 steps how much is left",
      "and 12?",
    ]);
    expect(reply.reply).toContain("2.44e-4"); // 0.5^12
    expect(reply.reply).not.toContain("σ(12)");
    expect(reply.reply).toMatch(/I read 12 as the number of steps/);
  });

  it("keeps varying the length once the learner changed it", async () => {
    const reply = await lastReply([
      "forget bias 1 over 20 steps, how much of the cell gradient is left?",
      "and 40 steps?",
      "and 80?",
    ]);
    expect(reply.reply).toContain((sigma(1) ** 80).toExponential(2));
    expect(reply.reply).not.toMatch(/forget bias 80/);
  });

  it("reads a number no bias would take as a length", async () => {
    const reply = await lastReply([
      "forget bias 2 over 50 steps, how much of the cell gradient is left?",
      "and 250?",
    ]);
    expect(reply.reply).toContain("250 steps");
    expect(reply.reply).not.toMatch(/σ\(250\)|\\sigma\(250\)/);
  });

  it("varies the main input otherwise, and says so when the number could be a length", async () => {
    const reply = await lastReply([
      "forget bias 2 over 50 steps, how much of the cell gradient is left?",
      "and 3?",
    ]);
    expect(reply.reply).toContain((sigma(3) ** 50).toPrecision(3));
    expect(reply.reply).toMatch(/I read 3 as the new bias; for 3 steps instead/);
  });

  it("reads a bias given as a symbol in the question", async () => {
    const reply = await lastReply([
      "how much of the cell gradient is left after T steps if the forget bias is b and the weights are zero?",
      "and with b = 2?",
    ]);
    expect(reply.reply).toContain("0.881");
  });
});
