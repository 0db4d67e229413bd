/**
 * Course words used in another sense ("a garden gate", "my phone battery cell", "I forget my
 * password", "a colour gradient in CSS") are not a question about this course: the reply is the
 * honest "not covered" with no citation. The same words in the course's sense ("what does the
 * forget gate do?", "how does the cell state carry the gradient?") are still answered. The word
 * list (wordings/other-sense.json) was written before the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { respond, topicOf, type TutorReply } from "@/lib/tutor";
import { assess } from "@/lib/tutor/relevance";
import { otherSenseTerms } from "@/lib/tutor/retrieval/other-sense";

const wordings = JSON.parse(
  readFileSync(join(__dirname, "wordings", "other-sense.json"), "utf8"),
) as { offTopic: string[]; inCourse: string[] };

const ask = (message: string): Promise<TutorReply> => respond({ message, history: [] }, {});

describe("a course word in another sense", () => {
  it.each(wordings.offTopic)("%s: not covered, nothing cited", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toEqual([]);
    expect(reply.reply).not.toMatch(/Sources?:/);
  });

  it.each(wordings.inCourse)("%s: answered from the course", async (message) => {
    const reply = await ask(message);
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("the topic tag agrees with the reply", () => {
    expect(topicOf("how do I fix a garden gate that won't latch?")).toBe("off-topic");
    expect(topicOf("what does the forget gate do?")).not.toBe("off-topic");
  });
});

describe("otherSenseTerms", () => {
  it("marks a course word beside a word of its other sense", () => {
    expect(otherSenseTerms("how big is a prison cell?")).toEqual(["cell"]);
    expect(otherSenseTerms("I forget my password")).toEqual(["forget"]);
  });

  it("reaches over a few words, not across the message", () => {
    expect(otherSenseTerms("the gradient of the background in css")).toEqual(["gradient"]);
    expect(
      otherSenseTerms("the gradient vanishes over long sequences, and I also wrote some css"),
    ).toEqual([]);
  });

  it("reads a repeated course word in one sense", () => {
    expect(otherSenseTerms("long-term memory and short-term memory in psychology")).toEqual([
      "memory",
      "memory",
    ]);
  });

  it("leaves the course's own sense alone", () => {
    expect(otherSenseTerms("what does the forget gate do to the cell state?")).toEqual([]);
    expect(otherSenseTerms("why do gradients explode in a plain rnn?")).toEqual([]);
  });

  it("counts only the words it marks: the rest of the message can still be on topic", () => {
    const analogy = assess("is the LSTM forget gate like a garden gate?");
    expect(analogy.onTopic).toBe(true);
    expect(assess("is my garden gate on topic?").onTopic).toBe(false);
  });

  it("drops the marked words from the search, so they pull in no lesson", () => {
    expect(assess("how do I merge two cells in Excel?").terms).not.toContain("cell");
  });
});
