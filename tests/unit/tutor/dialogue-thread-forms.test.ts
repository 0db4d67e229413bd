/**
 * Thread forms: "w/" is "with", "show it" after a procedure written out in code shows the code,
 * and "simpler" / "in one sentence" stay on what the last answer was about. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { casualForm } from "@/lib/tutor/dialogue/casual";
import { lastReply } from "./thread";

describe("thread forms", () => {
  it.each([
    ["and w/ 120 steps?", "and with 120 steps?"],
    ["run it w/o clipping", "run it without clipping"],
    ["x = w/2 + 1", "x = w/2 + 1"],
  ])("%s", (message, written) => {
    expect(casualForm(message)).toBe(written);
  });

  it("reruns the last run with the steps said after w/", async () => {
    const reply = await lastReply([
      "rnn vs lstm gradient plot with 8 hidden units",
      "and w/ 120 steps?",
    ]);
    expect(reply.plot?.params.steps).toBe(120);
    expect(reply.plot?.params.hiddenSize).toBe(8);
  });

  it("shows the course's code for windowed truncation instead of another run", async () => {
    const reply = await lastReply(["how is windowed truncated bptt done in practice", "show me"]);
    expect(reply.reply).toContain("detach");
    expect(reply.plot).toBeUndefined();
  });

  it("still runs the lesson's scenario when no code is about the thread", async () => {
    const reply = await lastReply([
      "why don't lstm gradients vanish in the backward pass",
      "show me",
    ]);
    expect(reply.plot?.scenarioId).toBe("why-lstm-gradients-do-not-vanish-backward");
  });

  it("keeps 'in one sentence' on clipping", async () => {
    const reply = await lastReply([
      "explain why gradient clipping does not help with vanishing gradients",
      "in one sentence?",
    ]);
    expect(reply.reply.toLowerCase()).toMatch(/clip/);
  });
});
