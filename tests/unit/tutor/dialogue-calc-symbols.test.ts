/**
 * Calculations the learner writes with symbols: a linear unit's weight or a forget gate's value
 * over T steps, a power term whose symbols the message gives numbers to, σ(b)^T = share solved
 * for b, a derivative written ∂h_a/∂h_b, and a threshold above the gradient's norm. Wordings of
 * our own; the expected numbers are worked out here independently.
 */
import { describe, expect, it } from "vitest";
import { calculate } from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";
import { lastReply } from "./thread";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01 + 1e-12);

describe("per-step factors named by their symbol", () => {
  it.each([
    ["a linear unit, w = 0.9: what's left of the gradient after 20 steps?", 0.9 ** 20],
    ["linear recurrence with weight 1.05 over 60 steps, how much does it grow?", 1.05 ** 60],
    ["forget gate f = 0.95 at every step: how much cell gradient survives 50 steps?", 0.95 ** 50],
  ])("%s", (message, want) => {
    const calc = calculate(message);
    expect(calc, message).toBeDefined();
    expect(has(calc?.text ?? "", want)).toBe(true);
  });

  it("does not read a tanh unit's weight as its per-step factor", () => {
    expect(
      calculate("tanh unit with w = 0.9, how much is left after 20 steps?")?.text ?? "",
    ).not.toMatch(/0\.9\^\{20\}/);
  });

  it("answers a bare 'linear unit w, T steps' with the power, not a run binding w to another dial", async () => {
    const reply = await lastReply(["linear unit w=0.8, 25 steps"]);
    expect(reply.intent).toBe("calculate");
    expect(reply.plot).toBeUndefined();
    expect(has(reply.reply, 0.8 ** 25)).toBe(true);
  });
});

describe("power terms written with symbols", () => {
  it.each([
    ["With a = 0.5 and T = 10, what is (2a(1 - a))^T?", (2 * 0.5 * 0.5) ** 10],
    ["tanh bound: γ = 1, σ_max(W) = 0.8, T = 30. What is (γ σ_max)^T?", 0.8 ** 30],
    ["what is r^T when r = 1.1 and T = 40?", 1.1 ** 40],
    ["h = 0.3, w = 1.5: what is (w (1 - h²))^T for T = 12?", (1.5 * (1 - 0.09)) ** 12],
  ])("%s", (message, want) => {
    const calc = calculate(message);
    expect(calc, message).toBeDefined();
    expect(has(calc?.text ?? "", want)).toBe(true);
  });

  it("leaves a term with a symbol the message never gives a number to", () => {
    expect(calculate("what is (γ σ_max)^T in general?")).toBeUndefined();
  });
});

describe("σ(b)^T = share solved for b", () => {
  it("gives the bias whose gate keeps that share", () => {
    const text = calculate("what b gives σ(b)^50 = 0.5?")?.text ?? "";
    const gate = 0.5 ** (1 / 50);
    expect(has(text, Math.log(gate / (1 - gate)))).toBe(true);
    expect(Math.abs(sigmoid(Math.log(gate / (1 - gate))) ** 50 - 0.5)).toBeLessThan(1e-9);
  });
});

describe("Jacobians between two steps written as a derivative", () => {
  it("counts the one-step factors in ∂h_40/∂h_15", () => {
    const text =
      calculate("how many one-step Jacobians are multiplied in ∂h_40/∂h_15?")?.text ?? "";
    expect(text).toMatch(/\*\*25\*\*/);
  });

  it("counts them between hidden states named in words, and never multiplies the step numbers", () => {
    const text =
      calculate("how many jacobians are multiplied going from h_64 back to h_4?")?.text ?? "";
    expect(text).toMatch(/\*\*60\*\*/);
    expect(text).not.toMatch(/256/);
  });
});

describe("a clip threshold above the gradient's norm", () => {
  it("says the gradient is unchanged and shows a norm", () => {
    const text =
      calculate(
        "so if the threshold is larger than the norm of my gradient, what does clipping do?",
      )?.text ?? "";
    expect(text).toMatch(/unchanged/i);
    expect(text).toMatch(/\\\|g\\\| = /);
  });

  it("still clips a given vector by its own numbers", () => {
    expect(calculate("clip (6, 8) at 5")?.text ?? "").toMatch(/3, 4/);
  });
});

describe("the formula's arithmetic", () => {
  it("reads a minus before a square as applying to the square", () => {
    const calc = calculate("with h = 0.5 and T = 2, what is (-h² + 1)^T?");
    expect(has(calc?.text ?? "", (1 - 0.25) ** 2)).toBe(true);
  });
});

describe("the wording of a growing factor", () => {
  it("says the gradient grows rather than what is left", () => {
    const text = calculate("linear unit, w = 1.2, 10 steps back")?.text ?? "";
    expect(text).toMatch(/grows to about/);
    expect(has(text, 1.2 ** 10)).toBe(true);
  });
});
