/**
 * "simpler" stays on the last turn's subject, a plural "they" is not a singular subject, "why no
 * vanishing?" is asked in the course's words, and "which one" finds a plural joined by "and".
 * Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { casualForm } from "@/lib/tutor/dialogue/casual";
import { resolvePronoun } from "@/lib/tutor/dialogue/followup";
import { whichMember } from "@/lib/tutor/dialogue/members";
import { lastReply } from "./thread";

describe("pronouns and forms", () => {
  it("does not read a plural 'they' as a singular subject", () => {
    const m = "and why did they want a forget gate";
    expect(resolvePronoun(m, "explain the constant error carousel")).toBe(m);
  });

  it("still reads 'they' as a plural subject", () => {
    expect(resolvePronoun("do they add parameters?", "what are residual connections?")).toBe(
      "do the residual connections add parameters?",
    );
  });

  it.each([
    ["then why no vanishing?", "then why doesn't it vanish?"],
    ["but why no explosion", "but why doesn't it explode"],
  ])("%s", (message, written) => {
    expect(casualForm(message)).toBe(written);
  });

  it("finds a plural whose modifiers are joined by 'and'", () => {
    expect(
      whichMember(
        "which one does keras use",
        "why do the full and truncated lstm gradients differ",
      ),
    ).toBe("which of the full and truncated lstm gradients does keras use");
  });
});

describe("simpler, on the last turn's subject", () => {
  it("restates the forget gate's reason after the carousel, not another passage", async () => {
    const reply = await lastReply([
      "what is the constant error carousel",
      "so why did they add the forget gate afterwards",
      "simpler please",
    ]);
    expect(reply.reply).toMatch(/forget gate|reset/i);
    expect(reply.reply).not.toMatch(/window/i);
  });
});
