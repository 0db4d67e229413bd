/**
 * "so same fix?" after a thread naming both problems is asked as the full question, and "and
 * blow up?" is "and explode?". Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { casualForm } from "@/lib/tutor/dialogue/casual";
import { sameFixQuestion } from "@/lib/tutor/dialogue/same-fix";
import { lastReply } from "./thread";

describe("same fix and blow up", () => {
  it("asks whether the two problems share a fix", () => {
    expect(
      sameFixQuestion("ok same fix then?", "vanishing and exploding both come from one product"),
    ).toBe("is the fix for exploding gradients the same as the fix for vanishing gradients?");
  });

  it("leaves it alone when the thread names one problem", () => {
    expect(sameFixQuestion("same fix?", "why do gradients explode")).toBeUndefined();
  });

  it("answers that clipping and gating are different fixes", async () => {
    const reply = await lastReply([
      "both exploding and vanishing gradients are a product of per-step jacobians, yes?",
      "same solution?",
    ]);
    expect(reply.reply).toMatch(/clip/i);
    expect(reply.reply).toMatch(/gating|forget bias/i);
  });

  it.each([
    ["and blow up?", "and explode?"],
    ["what about blowing up", "what about explode"],
  ])("%s", (message, written) => {
    expect(casualForm(message)).toBe(written);
  });
});
