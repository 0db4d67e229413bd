/**
 * "which one …?" after a question about several things reads "one" as one of them, and "how long
 * should it be?" after a definition gets the course's advice on that size.
 */
import { describe, expect, it } from "vitest";
import { pluralSubject, whichMember } from "@/lib/tutor/dialogue/members";
import { thread } from "./thread";

describe("which one of the thread's plural", () => {
  it.each([
    ["remind me what each of the lstm gates does", "lstm gates"],
    ["what are the three gates of an lstm?", "three gates of an lstm"],
    ["what do the gru's gates do?", "gru's gates"],
  ])("finds the plural in %s", (asked, plural) => {
    expect(pluralSubject(asked)).toBe(plural);
  });

  it("leaves a plural that is no course noun alone", () => {
    expect(pluralSubject("what do all the others mean?")).toBeUndefined();
  });

  it("reads 'which one' and 'which of them' as a member", () => {
    const asked = "remind me what each of the lstm gates does";
    expect(whichMember("which one matters most?", asked)).toBe(
      "which of the lstm gates matters most?",
    );
    expect(whichMember("which of them matters most?", asked)).toBe(
      "which of the lstm gates matters most?",
    );
    expect(whichMember("why does it matter?", asked)).toBe("why does it matter?");
  });

  it("answers with a gate, from the lesson that listed them", async () => {
    const [, second] = await thread([
      "remind me what each of the lstm gates does",
      "which one matters most for the gradient?",
    ]);
    expect(second?.reply).toMatch(/forget gate/i);
  });
});

describe("advice on a size after a definition", () => {
  it("says the window should be longer than the dependency", async () => {
    const [, second] = await thread([
      "what's windowed truncated BPTT?",
      "how long should the window be?",
    ]);
    expect(second?.reply).toMatch(/longer than the dependenc/i);
  });
});
