/**
 * A why-question is answered by the mechanism: a story that sets it up ("Picture a sequence…")
 * or an instruction to the plot ("Turn the distractors up…") neither opens nor joins the reply,
 * and a question's "RNN" is named by a reply that says "recurrent network", so its uncovered
 * focus is what is left (the tanh derivative).
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { focusSentence } from "@/lib/tutor/answer/focus-cover";
import { pick, tellsStory } from "@/lib/tutor/answer/sentence-pick";
import { passages, queryTerms } from "@/lib/tutor/retrieval";

const story = passages.find((p) => /^Picture a sequence/.test(p.text));

describe("why-questions and stories", () => {
  it("tells a story from a reason", () => {
    expect(tellsStory("Picture a sequence where the first symbol decides the answer.")).toBe(true);
    expect(tellsStory("Turn the distractors up to 1 and the latch loses the bit.")).toBe(true);
    expect(tellsStory("The gradient is multiplied by a factor below 1 per step.")).toBe(false);
  });

  it("does not open a why-answer on the story its passage starts with", () => {
    expect(story).toBeDefined();
    const hit = { passage: story!, score: 10 };
    const query = new Set(queryTerms("why do gradients vanish in a plain rnn?"));
    const reason = pick(hit, query, 3, { prefer: "reason" });
    expect(reason.length).toBeGreaterThan(0);
    expect(tellsStory(reason[0]!.text)).toBe(false);
    expect(tellsStory(pick(hit, query, 3)[0]!.text)).toBe(true);
  });

  it("quotes the per-step product for a why about the tanh RNN, not the task story", async () => {
    const reply = await respond(
      { message: "Why do gradients in a plain tanh RNN vanish over long sequences?", history: [] },
      {},
    );
    expect(reply.reply).toMatch(/^The gradient reaching early steps is multiplied/);
    expect(reply.reply).not.toMatch(/Picture a sequence/);
    expect(reply.reply).toMatch(/Jacobians/);
  });
});

describe("a why about the RNN", () => {
  it("adds the tanh derivative, not a sentence about the LSTM", async () => {
    const reply = await respond(
      {
        message: "why does a tanh rnn lose basically all its gradient after 50 or so steps?",
        history: [],
      },
      {},
    );
    expect(reply.reply).toMatch(/derivative \(at most 1 for \$\\tanh\$/);
    expect(reply.reply).not.toMatch(/The LSTM does not store/);
  });
});

describe("uncovered focus", () => {
  it("counts 'recurrent network' in the reply as naming the question's RNN", () => {
    const said =
      "The gradient reaching early steps is multiplied by a factor below 1 per step. A plain recurrent network can hold the first symbol.";
    const focus = focusSentence(
      "Why do gradients in a plain tanh RNN vanish?",
      said,
      [],
      "what-problem-lstm-solves",
    );
    expect(focus).toMatch(/tanh/);
  });
});
