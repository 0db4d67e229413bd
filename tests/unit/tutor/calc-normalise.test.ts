/**
 * The one reading of a calculation request's numbers (answer/calc-normalise.ts, calc-roles.ts):
 * words, "1k", "one in a thousand", scientific and percent forms, ∂, vectors as components and
 * lengths said another way, each put in the form the calculators read, with a map back to the
 * message as written. Expected values come from lib/sim, the functions the replies use.
 */
import { describe, expect, it } from "vitest";
import { clipByNorm, formatCaptionNumber, sigmoid } from "@/lib/sim";
import { calculate } from "@/lib/tutor";
import { normaliseCalc, originalSpan } from "@/lib/tutor/answer/calc-normalise";
import { factorOf } from "@/lib/tutor/answer/calc-roles";
import { thread } from "./thread";

const f = formatCaptionNumber;
const bold = (text: string | undefined) => /\*\*([^*]+)\*\*/.exec(text ?? "")?.[1];

describe("normaliseCalc", () => {
  it.each([
    ["each step keeps zero point nine", "each step keeps 0.9"],
    ["tanh at a half", "tanh at 0.5"],
    ["for a thousand steps", "for 1000 steps"],
    ["over 1k steps", "over 1000 steps"],
    ["below one in a thousand", "below 0.001"],
    ["below 1e-3", "below 0.001"],
    ["under 10^-3", "under 0.001"],
    ["under 10^{-4}", "under 0.0001"],
    ["below 0.1%", "below 0.001"],
    ["keeps 5 % of it", "keeps 0.05 of it"],
    ["under one percent", "under 0.01"],
    ["what is |∂h_20/∂h_0|", "what is |dh_20/dh_0|"],
    ["g = 6i + 8j", "g = (6, 8)"],
    ["g = 3i - 4j + 12k, clip at 1", "g = (3, -4, 12), clip at 1"],
    [
      "gradient components 3, 4 and 12, clip threshold 6.5",
      "gradient components (3, 4, 12), clip threshold 6.5",
    ],
    [
      "my gradient is 9 and 12 and I clip its norm at three",
      "my gradient is (9, 12) and I clip its norm at 3",
    ],
    ["clip 6 and 8 at 5", "clip (6, 8) at 5"],
    ["forget bias 1, t of 100", "forget bias 1, T = 100"],
    ["a 50-step gap", "a 50 steps gap"],
    ["for fifty time-steps", "for 50 steps"],
    ["σ(1.5) to the 30th", "σ(1.5)^30"],
  ])("%s → %s", (message, normal) => {
    expect(normaliseCalc(message).text).toBe(normal);
  });

  it.each([
    // Already in the calculators' form, or not numbers at all: left as written.
    "clip (6, 8) at 5",
    "0.95^T below 0.001",
    "the exploding one",
    "hundreds of steps",
    "the gradient norm is 10 and the threshold 5",
  ])("leaves %s alone", (message) => {
    expect(normaliseCalc(message).text).toBe(message);
  });

  it("maps a span of the rewritten text back to the words as written", () => {
    const message = "forget bias two over fifty steps";
    const n = normaliseCalc(message);
    const at = n.text.indexOf("2");
    expect(message.slice(...originalSpan(n, [at, at + 1]))).toBe("two");
    const rest = n.text.indexOf("steps");
    expect(message.slice(...originalSpan(n, [rest, rest + 5]))).toBe("steps");
  });
});

describe("factorOf", () => {
  it.each([
    ["λ = 0.9, T = 50", 0.9],
    ["a per-step gain of 0.95", 0.95],
    ["20 steps of 0.7 each", 0.7],
    ["every step keeps 0.8 of the gradient", 0.8],
    ["the gradient is multiplied by 1.05", 1.05],
  ])("%s → %d", (message, factor) => {
    expect(factorOf(message)).toBe(factor);
  });

  it("takes no count of steps and no value out of range for a factor", () => {
    expect(factorOf("keeps 50 steps")).toBeNaN();
    expect(factorOf("a factor of 12")).toBeNaN();
  });
});

describe("calculations on free-form numbers", () => {
  it.each([
    [
      "each step multiplies the gradient by zero point nine; what is left after fifty steps?",
      0.9 ** 50,
    ],
    ["a factor of 0.95 per step over 1k steps: how much remains?", 0.95 ** 1000],
    ["what's 0.99 to the power of a thousand?", 0.99 ** 1000],
    ["λ = 0.8, T = 40: how much survives?", 0.8 ** 40],
    ["T of 20, factor 0.5, what's the product?", 0.5 ** 20],
    ["50 steps, each multiplying the gradient by 0.9: how much is left?", 0.9 ** 50],
    ["with forget bias three, how much of the cell gradient survives t of 60?", sigmoid(3) ** 60],
    ["forget-gate bias of 1.5 over 2k steps: what's left on the cell path?", sigmoid(1.5) ** 2000],
  ])("%s", (message, value) => {
    expect(bold(calculate(message)?.text)).toBe(f(value));
  });

  it.each([
    ["clip g = 3i + 4j at 2", [3, 4], 2],
    ["gradient entries 1, 2 and 2; clip it by norm at threshold one point five", [1, 2, 2], 1.5],
    ["θ = ten: what does clipping do to [5,12]?", [5, 12], 10],
  ])("clips %s exactly", (message, g, theta) => {
    const clipped = Array.from(clipByNorm(g, theta).clipped, f).join(", ");
    expect(bold(calculate(message)?.text)).toBe(`(${clipped})`);
  });

  it.each([
    // ln(0.001)/ln(0.9) = 65.6
    ["each step keeps 0.9; after how many steps is it below one in a thousand?", "66"],
    // ln(0.001)/ln(0.8) = 30.96
    ["how many steps until 0.8^n drops under 10^-3?", "31"],
    // ln(0.05)/ln(0.5) = 4.32
    ["how many steps before a factor of 0.5 per step leaves less than 5 percent?", "5"],
    // ln(1e-6)/ln(0.5) = 19.9: the factor read by its role.
    ["shrinking by 0.5 each step, how many steps to get below 1e-6?", "20"],
    // The level said as a share of the gradient, after the count.
    ["0.1% of the gradient: after how many steps at 0.9 per step?", "66"],
  ])("%s → %s steps", (message, steps) => {
    expect(bold(calculate(message)?.text)).toBe(steps);
  });

  it.each([
    ["what's tanh' at 1?", 1 - Math.tanh(1) ** 2],
    ["sigmoid derivative at x = -2", sigmoid(-2) * (1 - sigmoid(-2))],
    ["tanh'(x) for x = a half", 1 - Math.tanh(0.5) ** 2],
  ])("%s", (message, value) => {
    expect(bold(calculate(message)?.text)).toBe(f(value));
  });

  it("multiplies listed per-step gates when asked for the gradient across them", () => {
    const calc = calculate("forget gates of 0.9, 0.5 and 0.8 on three steps: what is |∂c_3/∂c_0|?");
    expect(bold(calc?.text)).toBe(f(0.9 * 0.5 * 0.8));
  });

  it("reads a length from ∂h_T/∂h_0 for a unit's recurrence", () => {
    // h stays at 0, where each step's derivative is 1.1: 1.1^15.
    const calc = calculate("h_t = tanh(1.1 h_{t-1}) from h_0 = 0: what is |∂h_15/∂h_0|?");
    expect(bold(calc?.text)).toBe(f(1.1 ** 15));
  });

  it("replaces a value said in words when a follow-up gives a new one", async () => {
    const [, second] = await thread([
      "forget bias two over fifty steps: how much of the cell gradient is left?",
      "and with 0?",
    ]);
    expect(second?.reply).toContain(`**${f(0.5 ** 50)}**`);
  });

  it.each([
    ["four residual blocks x + 0.5 tanh(x) at zero: gradient through them?", 1.5 ** 4],
    ["twelve plain layers 0.5 tanh(x) at x = 0, what is the gradient?", 0.5 ** 12],
  ])("reads a stack's depth written in words: %s", (message, value) => {
    expect(bold(calculate(message)?.text)).toBe(f(value));
  });

  it("varies a depth that was first written in words", async () => {
    const [, second] = await thread([
      "seven residual blocks x + 0.1 tanh(x) at zero, what is the gradient?",
      "and 20 blocks?",
    ]);
    expect(second?.reply).toContain(`**${f(1.1 ** 20)}**`);
  });

  it("reads 'at its steepest point' as the midpoint of sigmoid and tanh", () => {
    expect(bold(calculate("sigmoid derivative at its steepest point over 4 steps?")?.text)).toBe(
      f(0.25 ** 4),
    );
  });
});
