import { describe, expect, it } from "vitest";
import { respond, topicOf, TutorInputError, TutorRequest } from "@/lib/tutor";

const message = (r: ReturnType<typeof TutorRequest.safeParse>) => r.error?.issues[0]?.message;

describe("TutorRequest", () => {
  it("rejects an empty or blank message", () => {
    expect(message(TutorRequest.safeParse({ message: "" }))).toBe("message must not be empty");
    expect(message(TutorRequest.safeParse({ message: "   " }))).toBe("message must not be empty");
  });

  it("rejects 2,001 characters, naming the limit", () => {
    expect(TutorRequest.safeParse({ message: "a".repeat(2000) }).success).toBe(true);
    expect(message(TutorRequest.safeParse({ message: "a".repeat(2001) }))).toBe(
      "message must be at most 2,000 characters",
    );
  });

  it("limits the history to 40 turns", () => {
    const history = Array.from({ length: 41 }, () => ({ role: "user" as const, content: "hi" }));
    expect(message(TutorRequest.safeParse({ message: "hi", history }))).toBe(
      "history must have at most 40 turns",
    );
  });
});

describe("respond input errors", () => {
  it.each([
    [{ message: "hint", questionId: "nope/nothing" }, "questionId"],
    [{ message: "why?", lessonId: "no-such-lesson" }, "lessonId"],
  ])("unknown ids are 404s naming the field", async (request, field) => {
    const error = await respond(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TutorInputError);
    expect(error).toMatchObject({ status: 404, field });
  });

  it("an invalid body is a 400 naming the field", async () => {
    const error = await respond({ message: "" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, field: "message" });
  });
});

describe("topicOf", () => {
  it.each([
    ["what is the CEC?", "why-lstm-gradients-do-not-vanish-backward"],
    ["how does clipping work", "how-lstm-handles-exploding-gradients"],
    ["gru vs lstm", "gru"],
    ["how do I bake bread", "off-topic"],
  ])("%s -> %s", (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });
});
