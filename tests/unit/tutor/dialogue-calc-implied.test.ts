/**
 * Follow-ups that change one quantity of the last calculation: a weight defined apart from the
 * recurrence, a clipping threshold, a length added to a question that was no calculation, a
 * length said as a multiple, and a stack's shortcut taken away; each is computed again.
 */
import { describe, expect, it } from "vitest";
import { findNumbers } from "@/lib/tutor/numbers";
import { thread } from "./thread";

const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01 + 1e-15);

async function last(messages: string[]) {
  const reply = (await thread(messages)).at(-1);
  expect(reply?.intent).toBe("calculate");
  return reply?.reply ?? "";
}

describe("a follow-up changes one quantity of the last calculation", () => {
  it.each([
    [
      [
        "one linear unit h_t = a*h_{t-1}, with a = 0.8 and 30 steps: how much is left?",
        "what if it were 1.2",
      ],
      1.2 ** 30,
    ],
    [["gradient (5, 12), clip it at norm 6", "and 1.3?"], 0.5],
    [["gradient (5, 12), clip it at norm 6", "and 1.3?"], 1.2],
    [
      [
        "with b_f at 0 the forget gate sits at 0.5; so over 6 steps how much of the cell gradient is left",
        "and 12?",
      ],
      0.5 ** 12,
    ],
    [
      ["cell path with forget gate fixed at 0.9 over 8 steps, how much is left?", "5x longer?"],
      0.9 ** 40,
    ],
    [["linear unit, w = 0.95, 30 steps: how much survives?", "3 times shorter?"], 0.95 ** 10],
    [
      [
        "12 residual blocks x + 0.2 tanh(x) at x = 0, gradient?",
        "now without the skip connections",
      ],
      0.2 ** 12,
    ],
    [
      ["cell path, forget gate bias 1, 40 steps: how much survives?", "and if the bias were 3"],
      0.952574 ** 40,
    ],
  ])("%j", async (messages, want) => {
    const text = await last(messages);
    expect(has(text, want), text).toBe(true);
  });

  it("leaves a gradient shorter than the new threshold as it is", async () => {
    const text = await last(["gradient (5, 12), clip it at norm 6", "and 26?"]);
    expect(text).toMatch(/Not clipped/);
  });
});

describe("a length asked after a question that named a setting", () => {
  it("computes the cell path for the bias the thread asked about", async () => {
    const text = await last([
      "what does a forget bias of 2 do to the cell?",
      "and across 40 steps?",
    ]);
    // σ(2)^40 = 0.8808^40.
    expect(has(text, 0.880797 ** 40), text).toBe(true);
  });

  it("replaces the length the learner's own statement gave", async () => {
    const text = await last([
      "so a forget bias of 3 keeps roughly 0.0078 over 100 steps",
      "and 20 steps?",
    ]);
    expect(has(text, 0.952574 ** 20), text).toBe(true);
  });

  it("still varies a run that was asked for", async () => {
    const replies = await thread(["run the lstm scenario with forget bias 2", "over 200 steps?"]);
    expect(replies.at(-1)?.intent).toBe("simulate");
  });
});
