/**
 * A share kept over one length, carried to another with the same per-step factors, and the
 * per-step factor a share over a length implies. The share is never read as the factor itself.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";

const ask = (message: string) => respond({ message, history: [] });
const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01);

describe("the same factors over another length", () => {
  it.each([
    [
      "over a 15-step gap my gradient is down to 0.02; at the same rate, what about 45 steps?",
      0.02 ** 3,
    ],
    [
      "a tanh rnn keeps 1e-2 across 10 steps. with identical weights how much across 25 steps?",
      1e-5,
    ],
  ])("%s", async (message, want) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(has(reply.reply, want), reply.reply).toBe(true);
  });

  it("does not take the share for the per-step factor", async () => {
    const reply = await ask(
      "the net keeps 0.1 of the gradient over 5 steps. with the same factors, how much over 20 steps?",
    );
    expect(has(reply.reply, 1e-4), reply.reply).toBe(true);
    expect(has(reply.reply, 0.1 ** 20)).toBe(false);
  });
});

describe("the per-step factor a share implies", () => {
  it("takes the root of the share over the length", async () => {
    const reply = await ask(
      "after 12 steps only 0.01 of the gradient is left: what factor per step is that?",
    );
    expect(has(reply.reply, 0.01 ** (1 / 12)), reply.reply).toBe(true);
  });
});

describe("a list of factors is multiplied, not read as a share", () => {
  it("gives the product of the listed factors", async () => {
    const reply = await ask(
      "over four steps the factors were 0.5, 1.5, 0.9 and 1.2: what is the overall factor?",
    );
    expect(reply.reply).toContain("**0.81**");
  });
});

describe("a factor that is given, not asked for", () => {
  it.each([
    ["with a per-step factor of 0.85 over 30 steps, what is left?", 0.85 ** 30],
    ["what does a factor 0.7 per step leave after 9 steps?", 0.7 ** 9],
  ])("%s", async (message, want) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(has(reply.reply, want), reply.reply).toBe(true);
  });
});

describe("a forget bias named after the gate", () => {
  it.each([
    [
      "with the bias of the forget gate at 3, how much of the cell gradient is left after 60 steps?",
      0.952574 ** 60,
    ],
    [
      "a forget gate with bias 0.5: how much survives along the cell over 20 steps?",
      0.622459 ** 20,
    ],
  ])("%s", async (message, want) => {
    const reply = await ask(message);
    expect(has(reply.reply, want), reply.reply).toBe(true);
  });
});
