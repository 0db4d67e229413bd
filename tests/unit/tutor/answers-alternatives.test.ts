/**
 * Answers that open on what was asked: "summed or multiplied?" names the alternative the course
 * states (never "No:"), a bias the learner says they set is answered at that value and sign, and
 * a why opens on the question's focus when a passage can.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { alternativesAsked } from "@/lib/tutor/answer/alternatives";

const ask = async (message: string) => (await respond({ message }, {})).reply;

describe("a question offering two alternatives", () => {
  it("reads the two sides, and only in a question", () => {
    const asked = alternativesAsked("is the weight gradient summed or multiplied over time?");
    expect(asked?.sides.map((s) => s.said)).toEqual(["summed", "multiplied"]);
    expect(
      alternativesAsked("does it vanish or explode when the factors are below 1?")?.sides[1].said,
    ).toBe("explode");
    expect(
      alternativesAsked("forget bias 0 or 5, whatever, training sorts it out"),
    ).toBeUndefined();
    expect(alternativesAsked("is it true or not?")).toBeUndefined();
  });

  it("opens with the alternative the course states, not a verdict", async () => {
    for (const q of [
      "is the weight gradient summed or multiplied over time?",
      "For the weight gradient in BPTT, do the contributions from each step get summed or multiplied?",
    ]) {
      const reply = await ask(q);
      expect(reply).toMatch(/^Summed: /);
      expect(reply).toMatch(/weight gradient is a sum/);
    }
  });
});

describe("a bias value the learner set", () => {
  it("is answered at that value and sign", async () => {
    const gru = await ask(
      "my gru can't carry info far. I set the update gate bias to -3 because I thought that keeps more memory",
    );
    expect(gru).toMatch(/^In PyTorch's convention[^.]*\\sigma\(-3\) \\approx 0\.047/);
    expect(gru).not.toMatch(/\bbias of 4\b|0\.982/);
    const lstm = await ask(
      "I initialised my lstm forget bias at -2 so it forgets stale stuff quickly, good idea?",
    );
    expect(lstm).toMatch(/^With a forget bias of \$b_f = -2\$[^.]*0\.12/);
  });
});

describe("a why opens on its focus", () => {
  it("the sigmoid, not layer normalisation", async () => {
    const reply = await ask("why is the sigmoid such a bad activation for passing gradients back?");
    const first = reply.split(/(?<=\.)\s/)[0] ?? "";
    expect(first).toMatch(/sigmoid/i);
    expect(first).not.toMatch(/Layer-normalised/);
  });
});

describe("a comparison of two sides with a point asked", () => {
  it("opens on a sentence setting both on that point, not one naming them in passing", async () => {
    const reply = await ask("sigmoid vs tanh: which one kills gradients faster in a long chain?");
    const first = reply.split(/(?<=\.)\s/)[0] ?? "";
    expect(first).toMatch(/sigmoid/i);
    expect(first).toMatch(/tanh/);
    expect(first).toMatch(/gradient|derivative/);
    expect(first).not.toMatch(/LSTM's three sigmoid gates/);
  });
});

describe("a comparison cites the lesson its opening quotes", () => {
  it("the cell state against the hidden state is the LSTM's, not the GRU's", async () => {
    const reply = await respond({ message: "is the cell state the same as the hidden state?" }, {});
    expect(reply.citations[0]?.id).not.toBe("gru");
  });
});
