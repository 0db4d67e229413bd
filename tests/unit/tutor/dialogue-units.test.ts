/**
 * The one-unit calculations on the learner's own numbers (GRU copy path, a unit at a fixed point,
 * residual stacks, derivatives written with the output, cell-path ratios, the bias for a share,
 * the steps until σ(b)^T falls below a level), in wordings of our own, and a bare new value
 * after a calculation ("and with 0?") computing it again.
 */
import { describe, expect, it } from "vitest";
import { calculate, respond, type DialogueState, type TutorReply } from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01 + 1e-12);

function result(message: string): string {
  const calc = calculate(message);
  expect(calc, message).toBeDefined();
  return calc?.text ?? "";
}

describe("one-unit calculations", () => {
  it.each([
    [
      "a GRU with b_z = 2 and every other weight zero: what is |dh_T/dh_0| over 50 steps?",
      sigmoid(2) ** 50,
    ],
    [
      "GRU update-gate bias of -1, T = 20: how much of the gradient is left on the copy path?",
      sigmoid(-1) ** 20,
    ],
    [
      "GRU, h_t = z_t h̃_t + (1 - z_t) h_{t-1}, update bias 1: what fraction survives 10 steps?",
      (1 - sigmoid(1)) ** 10,
    ],
  ])("the GRU's copy path: %s", (message, want) => {
    expect(has(result(message), want)).toBe(true);
  });

  it.each([
    [
      "h_t = tanh(0.5 h_{t-1} + b) stays at the fixed point h = 0.2; what is |dh_T/dh_0| for T = 10?",
      (0.5 * (1 - 0.04)) ** 10,
    ],
    [
      "h_t = sigmoid(2 h_{t-1} - 1) is at its fixed point h = 0.5. |dh_T/dh_0| after T = 8?",
      (2 * 0.25) ** 8,
    ],
    ["h_t = tanh(0.9 h_{t-1}) from h_0 = 0: what is the gradient after 20 steps?", 0.9 ** 20],
  ])("a unit's chain: %s", (message, want) => {
    expect(has(result(message), want)).toBe(true);
  });

  it.each([
    ["20 residual blocks x + 0.5 tanh(x) at x = 0: what is dx_20/dx_0?", 1.5 ** 20],
    [
      "a stack of 12 residual layers x_{l+1} = x_l + tanh(0.3 x_l) from x_0 = 0, what is the gradient?",
      1.3 ** 12,
    ],
    ["8 plain layers y = 0.5 tanh(x) with no shortcut: what is the gradient at x = 0?", 0.5 ** 8],
  ])("stacks: %s", (message, want) => {
    expect(has(result(message), want)).toBe(true);
  });

  it.each([
    ["what's the sigmoid derivative when h = 0.2?", 0.16],
    ["derivative of tanh when the output is 0.9", 0.19],
    ["sigma(2)^50 / sigma(0)^50", sigmoid(2) ** 50 / 0.5 ** 50],
    [
      "how many times more gradient does a forget bias of 2 keep than a bias of 0 over 30 steps?",
      sigmoid(2) ** 30 / 0.5 ** 30,
    ],
    [
      "which forget bias keeps 50 percent of the cell gradient over 100 steps?",
      Math.log(0.5 ** 0.01 / (1 - 0.5 ** 0.01)),
    ],
    ["x_t = w x_{t-1}, w = 0.9, x_0 = 2: what is dx_T/dw at T = 10?", 10 * 0.9 ** 9 * 2],
    ["gradient through 6 sigmoid layers held at the midpoint?", 0.25 ** 6],
  ])("%s", (message, want) => {
    expect(has(result(message), want)).toBe(true);
  });

  it("the steps until σ(b)^T falls below a level", () => {
    // σ(1) = 0.731: 0.731^44 = 1.03e-6, 0.731^45 = 7.55e-7.
    expect(result("forget bias 1: after how many steps is sigma(1)^T below 1e-6?")).toMatch(
      /\*\*45\*\*/,
    );
  });

  it("leaves simulation requests to the simulator", () => {
    expect(calculate("GRU with update-gate bias 8 over 500 steps")).toBeUndefined();
    expect(
      calculate("compare GRU and LSTM over 300 steps with update gate bias 2"),
    ).toBeUndefined();
  });
});

async function thread(messages: string[]): Promise<TutorReply[]> {
  let state: DialogueState | undefined;
  const out: TutorReply[] = [];
  for (const message of messages) {
    const reply = await respond({ message, ...(state ? { state } : {}) }, { chatSeed: "t" });
    state = reply.state;
    out.push(reply);
  }
  return out;
}

describe("a calculation varied by a bare new value", () => {
  it("recomputes the GRU's copy path with the new bias", async () => {
    const [, second, third] = await thread([
      "GRU with update bias 3 and small weights: what share survives 60 steps?",
      "and with 1?",
      "what about -2?",
    ]);
    expect(second?.intent).toBe("calculate");
    expect(has(second?.reply ?? "", sigmoid(1) ** 60)).toBe(true);
    expect(has(third?.reply ?? "", sigmoid(-2) ** 60)).toBe(true);
  });

  it("recomputes a derivative at another output, and a gate's value over a length", async () => {
    const [, derivative] = await thread(["the sigmoid's derivative when h = 0.3?", "and at 0.6?"]);
    expect(has(derivative?.reply ?? "", 0.24)).toBe(true);
    const [gate, longer] = await thread([
      "with bias 2, what does f come out as?",
      "so after 40 steps?",
    ]);
    expect(has(gate?.reply ?? "", sigmoid(2))).toBe(true);
    expect(has(longer?.reply ?? "", sigmoid(2) ** 40)).toBe(true);
  });
});
