/**
 * "I get that X" says what the learner already understands: it neither makes the question a
 * diagnosis ("I get NaN" does) nor steers retrieval toward X.
 */
import { describe, expect, it } from "vitest";
import { classify, respond } from "@/lib/tutor";

describe("what the learner already understands", () => {
  it("is no symptom report", () => {
    expect(classify("how come clipping keeps the direction? I get that it shortens the step")).toBe(
      "why",
    );
    expect(classify("I get NaN after 300 updates")).toBe("diagnosis");
  });

  it("does not pull the answer toward the known part", async () => {
    const r = await respond({
      message: "why do tanh RNN gradients vanish? I understand that they get smaller, not why",
    });
    expect(r.citations[0]?.id).not.toBe("how-lstm-handles-exploding-gradients");
    expect(r.reply).toMatch(/derivative/);
  });
});
