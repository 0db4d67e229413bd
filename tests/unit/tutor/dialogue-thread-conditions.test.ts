/**
 * Terse follow-ups resolved against the thread: a condition without "and" ("without the
 * shortcut?"), a value for a symbol the thread's question left open ("and with b = 0?"), a
 * continued calculation cited under the thread's lesson, and "simpler" after a definition.
 * Wordings of our own; the expected numbers are worked out here.
 */
import { describe, expect, it } from "vitest";
import { calculate } from "@/lib/tutor";
import { followUpOf } from "@/lib/tutor/dialogue/followup";
import { findNumbers } from "@/lib/tutor/numbers";
import { lastReply } from "./thread";

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const has = (text: string, want: number) =>
  findNumbers(text).some((n) => Math.abs(n.value - want) <= Math.abs(want) * 0.01 + 1e-12);

describe("conditions and values as follow-ups", () => {
  it("reads a bare with/without as a condition on the thread", () => {
    expect(followUpOf("without the shortcut?")).toEqual({
      kind: "what-about",
      subject: "without the shortcut",
    });
    expect(followUpOf("with orthogonal init?")).toEqual({
      kind: "what-about",
      subject: "orthogonal init",
      via: "with",
    });
  });

  it("reads a symbol's value as a condition, not a bare number for the last run", () => {
    expect(followUpOf("and with b = 0?")).toEqual({
      kind: "what-about",
      subject: "b = 0",
      via: "with",
    });
    expect(followUpOf("with 0?")).toEqual({ kind: "number" });
  });
});

describe("the cell path over a symbolic length", () => {
  it.each([0, 2, -1])("forget bias %d gives σ(b)^T with lengths worked out", (b) => {
    const text =
      calculate(`what's the gradient along the lstm cell after T steps with forget bias ${b}?`)
        ?.text ?? "";
    expect(has(text, sigmoid(b))).toBe(true);
    expect(has(text, sigmoid(b) ** 10)).toBe(true);
  });

  it("leaves a bias still given as a symbol to the course text", () => {
    expect(
      calculate("what's the gradient along the lstm cell after T steps with forget bias b?"),
    ).toBe(undefined);
  });
});

describe("threads", () => {
  it("answers a value for the thread's symbol without running a simulation", async () => {
    const reply = await lastReply([
      "with the input weights zero, what is the cell gradient after T steps for forget bias b?",
      "and with b = 0?",
    ]);
    expect(reply.plot).toBeUndefined();
    expect(reply.reply).toContain("0.5");
  });

  it("takes the shortcut away from the thread's residual calculation", async () => {
    const reply = await lastReply([
      "what's d(out)/d(in) for 8 blocks of x + 0.5·tanh(x), input 0?",
      "without the shortcut?",
    ]);
    expect(has(reply.reply, 0.5 ** 8)).toBe(true);
  });

  it("cites the thread's lesson first for a continued calculation", async () => {
    const reply = await lastReply([
      "if W = sQ with Q orthogonal, what's ||dh_T/dh_0|| for a linear rnn?",
      "with s = 0.8 and T = 10?",
    ]);
    expect(has(reply.reply, 0.8 ** 10)).toBe(true);
    expect(reply.citations[0]?.id).toBe("bptt-basics");
  });

  it("gives the gist of a definition just shown when asked for it simpler", async () => {
    const reply = await lastReply(["explain bptt", "simpler please"]);
    expect(reply.reply).toMatch(/^In short/);
    expect(reply.reply).toMatch(/unroll/i);
  });
});
