/**
 * Question classes that used to get a neighbouring passage: definitions asked with a framing
 * ("X - what is that in normal words", "in one or two lines, for my revision sheet"), what the
 * LSTM was invented for, how to do a course thing in PyTorch, a yes/no claim of values that is
 * true, "is my code bugged?" after a vanishing symptom, and neighbouring ML models the course
 * does not teach (declined, no citations). Plus the development two thirds of
 * wordings/answer-classes.json, held at their measured count.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { classify } from "@/lib/tutor/answer/classify";
import { compareSides } from "@/lib/tutor/answer/compare";
import { diagnosisOpening } from "@/lib/tutor/answer/diagnosis";
import { definitionAsked } from "@/lib/tutor/answer/glossary";
import { purposeLesson } from "@/lib/tutor/answer/question-form";
import { otherSenseTerms } from "@/lib/tutor/retrieval/other-sense";
import { term, terms } from "@/lib/tutor/retrieval/text";
import { devMisses } from "./wordings/split-floors";

const ask = (message: string) => respond({ message }, {});

describe("definitions asked with a framing", () => {
  it.each([
    ["gradient clipping - what is that in normal words?", "gradient-clipping"],
    ["the forget gate: what is it exactly", "forget-gate"],
    ["what is the update gate in a gru actually supposed to do", "update-gate"],
    ["define bptt in one or two lines, it's for my revision sheet", "bptt"],
    ["what's a jacobian, briefly", "jacobian"],
    ["quick q: what does CEC stand for?", "constant-error-carousel"],
    ["what does tbptt mean", "windowed-tbptt"],
    ["the carousel - what is it? my notes only say that", "constant-error-carousel"],
  ])("reads %j as asking for %s", (message, id) => {
    expect(definitionAsked(message)?.id).toBe(id);
  });

  it("does not read a why or a how question as a definition", () => {
    expect(definitionAsked("why does clipping keep the direction?")).toBeUndefined();
    expect(definitionAsked("how does the lstm fix vanishing gradients?")).toBeUndefined();
  });

  it("opens on the glossary definition, not a neighbouring passage", async () => {
    const r = await ask("what is the forget gate in an lstm actually supposed to do");
    expect(r.reply).toMatch(/^\*\*Forget gate/);
    expect(r.reply).toMatch(/old cell/);
  });
});

describe("what the LSTM was invented for", () => {
  it("is the LSTM's own lesson, not the one sharing '1997'", () => {
    expect(purposeLesson("what was the actual point of inventing lstms back in 1997?")).toBe(
      "what-problem-lstm-solves",
    );
    expect(purposeLesson("what couldn't people train before lstms?")).toBe(
      "what-problem-lstm-solves",
    );
  });

  it("leaves a part's purpose to that part", () => {
    expect(purposeLesson("what is the point of the forget gate in an lstm?")).toBeUndefined();
    expect(purposeLesson("why do lstms have a cell state?")).toBeUndefined();
  });
});

describe("how to do it in PyTorch", () => {
  it("answers setting the forget bias by hand, without running a scenario", async () => {
    const r = await ask("how do i make the forget bias start at 1 in pytorch's nn.LSTM?");
    expect(r.intent).toBe("explain");
    expect(r.plot).toBeUndefined();
    expect(r.reply).toMatch(/no constructor argument/);
    expect(r.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });

  it("keeps 'truncated' a course word beside 'text'", () => {
    expect(otherSenseTerms("truncated bptt on a long text stream")).toEqual([]);
    expect(otherSenseTerms("my truncated text in excel")).toContain("truncat");
  });

  it("never reads an object's own properties as synonyms", () => {
    expect(term("constructor")).toBe("constructor");
    expect(terms("toString valueOf").every((t) => typeof t === "string")).toBe(true);
  });
});

describe("a yes/no claim of values", () => {
  it("is read as yes/no with an answer-form tag", () => {
    expect(classify("with forget bias 0 the gate starts around 0.5 right? yes/no")).toBe("yes-no");
  });

  it("opens 'Yes' when a course sentence states the same values in the same order", async () => {
    const r = await ask("with forget bias 0 the forget gate starts around 0.5 right? yes/no");
    expect(r.reply).toMatch(/^Yes: /);
  });

  it("gives no 'Yes' to the values swapped or to a wrong value", async () => {
    for (const message of [
      "with forget bias 0.5 the forget gate starts at 0, right?",
      "with forget bias 1 the forget gate starts around 0.5 right?",
    ]) {
      expect((await ask(message)).reply).not.toMatch(/^Yes/);
    }
  });
});

describe("is my code bugged?", () => {
  it("reads the worry as a diagnosis and the derivative of the loss as the gradient", () => {
    expect(classify("the gradient at step 0 is 1e-20, is my code bugged?")).toBe("diagnosis");
    expect(terms("||dL/dh_k||")).toContain("gradient");
  });

  it("says a straight line on a log axis is geometric decay, not a bug", () => {
    const opening =
      diagnosisOpening(
        "on a log axis it's a straight line going down to 1e-20. is my code bugged?",
      ) ?? "";
    expect(opening).toMatch(/^Probably not a bug/);
    expect(opening).toMatch(/geometric/);
    expect(opening).toMatch(/vanishing gradient/);
  });

  it("gives no bug verdict to a question that does not ask for one", () => {
    expect(diagnosisOpening("my loss plateaus and the grad norms are tiny") ?? "").not.toMatch(
      /bug/,
    );
  });
});

describe("neighbouring models the course does not teach", () => {
  it.each([
    "what are echo state networks and do they have the vanishing gradient problem",
    "why do deep graph neural networks oversmooth",
    "do unitary rnns fix the vanishing gradient for good?",
    "does teacher forcing make the gradient vanish less?",
  ])("declines %j without citations", async (message) => {
    const r = await ask(message);
    expect(r.intent).toBe("off-topic");
    expect(r.citations).toEqual([]);
    expect(r.reply).toMatch(/does not cover .*The nearest lesson is/);
  });

  it("still corrects a claim about a course model made beside one", async () => {
    const r = await ask("unlike echo state networks, an lstm's gradient can never vanish, right?");
    expect(r.intent).toBe("explain");
    expect(r.misconceptions).toEqual(["lstm-never-vanishes"]);
  });
});

describe("comparisons", () => {
  it("reads 'in an LSTM' as where the sides live, not a side", () => {
    const [a, b] = compareSides("hidden state vs cell state in an lstm?") ?? [];
    expect(b?.has("cell")).toBe(true);
    expect(b?.has("lstm")).toBe(false);
    expect(a?.has("hidden")).toBe(true);
  });
});

describe("answer-classes wordings (development two thirds)", () => {
  it("holds its measured count", async () => {
    const { total, misses } = await devMisses("tests/unit/tutor/wordings/answer-classes.json");
    // Measured 8/24 before the rules and 23/24 after (the aside third: 5/12 → 11/12).
    expect(total - misses.length, misses.join("\n")).toBeGreaterThanOrEqual(23);
  });
});
