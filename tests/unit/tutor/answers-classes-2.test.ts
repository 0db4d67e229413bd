/**
 * Question classes that got the wrong answer or a wrong verdict: course words used in another
 * field's sense anywhere in the message (a logic gate on a breadboard, a hill's gradient),
 * near-topic ML the course does not teach, whether a remedy removes a failure ("does the LSTM
 * fix exploding gradients?" is not "Yes"), advice on a value beyond the first passages, "truncated BPTT"
 * as the windowed kind, carrying state across batches, cell vs hidden state, and a definition
 * asked with a trailing remark. Plus the development two thirds of
 * wordings/answer-classes-2.json, held at their measured count.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { bothSidesOpening } from "@/lib/tutor/answer/compare";
import { confirmedBy } from "@/lib/tutor/answer/confirmations";
import { definitionAsked } from "@/lib/tutor/answer/glossary";
import { contentTerms } from "@/lib/tutor/leak-content";
import { assess } from "@/lib/tutor/relevance";
import { foreignContextPositions } from "@/lib/tutor/retrieval/foreign-context";
import { terms } from "@/lib/tutor/retrieval/text";
import { devMisses } from "./wordings/split-floors";

const ask = (message: string) => respond({ message }, {});
const foreign = (message: string) => {
  const t = terms(message);
  return [...foreignContextPositions(t, t)].map((i) => t[i]);
};

describe("course words in another field's sense", () => {
  it("reads a borrowed word as the other field's when the message names that field", () => {
    expect(foreign("wire an AND gate into an OR gate, my digital electronics lab")).toContain(
      terms("gate")[0],
    );
    expect(foreign("work out the gradient of a hill from contour lines")).toContain("gradient");
  });

  it("keeps the course's sense with a course-only term or two course words", () => {
    expect(foreign("how does the lstm gate work on my phone")).toEqual([]);
    expect(foreign("why does the forget gate matter on my phone")).toEqual([]);
    expect(foreign("why is the gradient clipped")).toEqual([]);
  });

  it.each([
    "how do i wire an AND gate into an OR gate on a breadboard? electronics lab due friday",
    "geog hw: how do u work out the gradient of a hill from contour lines on an OS map",
    "any good stretching routine before a 10k run? my calves always cramp",
  ])("declines %j", (message) => {
    expect(assess(message).onTopic).toBe(false);
  });
});

describe("near-topic ML the course does not teach", () => {
  it("declines a claim about another model family even when it matches a misconception", () => {
    const r = assess("should batch norm go before or after the relu in a cnn block");
    expect(r.onTopic).toBe(false);
    expect(r.uncovered).toBe("convolutional networks");
  });

  it("still corrects a claim about the recurrent setting beside an uncovered word", () => {
    expect(assess("how W_hh is initialised hardly matters, adam will figure it out").onTopic).toBe(
      true,
    );
  });

  it.each([
    [
      "my lstm is great on validation but awful on new data, covariate shift?",
      "distribution shift",
    ],
    ["is an lstm good at predicting stock prices?", "time-series forecasting"],
  ])("names %j as %s", (message, label) => {
    expect(assess(message).uncovered).toBe(label);
  });
});

describe("whether a remedy removes a failure", () => {
  it("is not a confirmation of the opposite claim", () => {
    expect(confirmedBy("does the lstm fix exploding gradients?")).toBeUndefined();
    expect(confirmedBy("can an lstm's gradient still explode?")).toBe("lstm-never-explodes");
  });

  it("opens Partly or No when the course says the failure can still happen", async () => {
    const r = await ask("does the lstm fix exploding gradients?");
    expect(r.reply).toMatch(/^(?:Partly|No): /);
    expect(r.reply).toMatch(/can explode|can still explode/);
  });
});

describe("openings", () => {
  it("looks for the threshold advice beyond the first few passages", async () => {
    const r = await ask("what value should i clip the gradient norm to? how do people decide");
    expect(r.reply).toMatch(/clipped the norm at 5/);
    expect(r.reply).not.toMatch(/^\*\*Value clipping/);
  });

  it("reads a definition whose question ends in several marks", () => {
    expect(
      definitionAsked("what is the constant error carousel?? keeps coming up in the 1997 paper")
        ?.id,
    ).toBe("constant-error-carousel");
  });

  it("opens cell vs hidden state on the sentence naming both whole", () => {
    const m = "cell state vs hidden state";
    expect(bothSidesOpening(m, assess(m).hits)).toMatch(/^The LSTM's cell state/);
  });
});

describe("truncated BPTT is the windowed kind", () => {
  it("answers why TBPTT from the windows, not the 1997 truncation", async () => {
    const r = await ask("why use tbptt instead of full bptt?");
    expect(r.reply.split(". ")[0]).toMatch(/window/);
    expect(r.reply.split(". ")[0]).not.toMatch(/1997/);
  });

  it("answers carrying the state across batches with detaching it", async () => {
    const r = await ask(
      "how do i carry the hidden state between batches without backpropagating forever?",
    );
    expect(r.citations[0]?.id).toBe("why-lstm-gradients-do-not-vanish-backward");
    expect(r.reply).toMatch(/detach/);
  });
});

describe("plain-object words", () => {
  it("never reads an inherited property as a number word", () => {
    const t = contentTerms("the constructor gives one gate");
    expect(t.has("1")).toBe(true);
    expect([...t].every((x) => typeof x === "string" && !x.includes("function"))).toBe(true);
  });
});

describe("answer-classes-2 wordings (development two thirds)", () => {
  it("holds its measured count", async () => {
    const { total, misses } = await devMisses("tests/unit/tutor/wordings/answer-classes-2.json");
    // Measured 19/22 on the first run and 20/22 after the rules.
    expect(total - misses.length, misses.join("\n")).toBeGreaterThanOrEqual(20);
  });
});
