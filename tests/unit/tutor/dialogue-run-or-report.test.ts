/**
 * Run or explain: a scenario named with hyphens and articles of its own ("remember-the-bit"), a
 * setting named with its dial's noun after a run ("gaussian matrix?"), a past-tense report with
 * its "I" left out, a plan put up to be judged, and a run that could set none of the values named.
 * Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { aliasedScenario } from "@/lib/tutor/simulate/aliases";
import { describesCase } from "@/lib/tutor/dialogue/run-form";
import { lastReply } from "./thread";

describe("scenario names as learners write them", () => {
  it.each(["remember-the-bit", "remember the bit", "remember a bit", "remember-bit"])(
    "%s names the long-gap task",
    (name) => {
      expect(aliasedScenario(`run the ${name} lstm`, true)?.id).toBe("what-problem-lstm-solves");
    },
  );
});

describe("a setting said with its dial's noun changes the last run", () => {
  it.each([
    ["gaussian matrix?", { matrix: "gaussian" }],
    ["relu activation then?", { activation: "relu" }],
  ])("%s", async (followUp, params) => {
    const reply = await lastReply(["run the spectral radius sweep", followUp]);
    expect(reply.plot?.scenarioId).toBe("spectral-radius-sweep");
    expect(reply.plot?.params).toMatchObject(params);
  });
});

describe("reports and plans are explained, not run", () => {
  it.each([
    "copied the lstm from the paper and set the forget bias to 0, and it forgets after 20 steps",
    "trained a gru with update bias -2 and nothing is remembered",
    "plan: raise the hidden size to 64 so the gradients stop vanishing",
  ])("%s", (message) => {
    expect(describesCase(message)).toBe(true);
  });

  it("still runs an order", () => {
    expect(describesCase("set the forget bias to 3")).toBe(false);
  });

  it("corrects a claim without a run when none of its values is a setting", async () => {
    const reply = await lastReply([
      "plan: bump the hidden size from 128 to 1024. more units = more memory = no more vanishing gradients",
    ]);
    expect(reply.plot).toBeUndefined();
    expect(reply.reply).not.toMatch(/couldn't tell which setting/);
    expect(reply.misconceptions ?? []).toContain("bigger-hidden-fixes-vanishing");
  });
});
