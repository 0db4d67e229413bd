/**
 * Composition for follow-ups and yes/no questions: a reference question names the section just
 * quoted, "how do I pick k?" reaches the advice at the end of a section already opened, a why
 * follow-up opens on the mechanism, "simpler" says what is multiplied, and a yes/no question
 * opens "No: " when a course sentence negates what was asked (and only then).
 */
import { describe, expect, it } from "vitest";
import { lastReply as last } from "./thread";

describe("reference follow-ups", () => {
  it.each(["of what?", "ok, of what?", "meaning what?", "what do you mean?"])(
    "%s names the section just quoted",
    async (followUp) => {
      const reply = await last(["is the gradient along the lstm cell still a product?", followUp]);
      expect(reply.reply).toMatch(/^That was from “[^”]*forget gates”/);
      expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
    },
  );
});

describe("choosing a setting", () => {
  it.each([
    "how do I pick k?",
    "how should I choose k?",
    "how do we set k?",
    "what value should I use for k?",
  ])("%s finds the advice that closes the windows section", async (followUp) => {
    const reply = await last(["what's windowed truncated bptt?", followUp]);
    expect(reply.reply).toMatch(/pick \$k\$ longer than the dependencies/);
  });
});

describe("why follow-ups state the mechanism", () => {
  it.each(["why exactly 1?", "why does it have to be 1?", "ok but why exactly 1?"])(
    "%s after the carousel says what a weight below or above 1 does",
    async (followUp) => {
      const reply = await last(["what's the constant error carousel?", followUp]);
      expect(reply.reply).toMatch(/below 1 would shrink/);
      expect(reply.citations[0]?.id).toBe("why-lstm-gradients-do-not-vanish-backward");
    },
  );

  it.each(["simpler please", "explain simpler", "in plain words please"])(
    "%s after vanishing says the gradient is multiplied by a factor below 1",
    async (followUp) => {
      const reply = await last(["why do gradients vanish in a plain rnn?", followUp]);
      expect(reply.reply).toMatch(/multiplied by a factor below 1/);
    },
  );
});

describe("yes/no questions", () => {
  it.each([
    "did the original 1997 lstm have a forget gate?",
    "does the gru have an output gate?",
    "does a gru have a separate cell?",
    "does the gru have a separate cell state?",
  ])("%s opens with No: and the sentence that decides it", async (question) => {
    const reply = await last([question]);
    expect(reply.kind).toBe("yes-no");
    expect(reply.reply).toMatch(/^No: \S/);
  });

  it.each([
    "is the gradient along the lstm cell still a product?",
    "is the lstm's output h the same thing as the cell state c?",
  ])("%s gets no verdict from a sentence that only shares its words", async (question) => {
    const reply = await last([question]);
    expect(reply.reply).not.toMatch(/^(?:Yes|No): /);
  });

  it("classifies was/were questions as yes/no", async () => {
    const reply = await last(["was the forget gate part of the first lstm?"]);
    expect(reply.kind).toBe("yes-no");
  });
});

describe("asking for the maths", () => {
  it.each([
    "how does the additive cell update keep the gradient from vanishing? like mathematically",
    "mathematically, why does the lstm cell keep its gradient?",
    "formally, how does the cell update stop the gradient vanishing?",
    "what's the math behind the lstm cell not vanishing?",
  ])("%s cites the lesson with the cell's Jacobian", async (question) => {
    const reply = await last([question]);
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });
});

describe("yes/no comparisons", () => {
  it.each([
    "is the update gate like the forget gate?",
    "is the gru's update gate the same as the lstm's forget gate?",
    "is the update gate similar to the forget gate?",
  ])("%s gets no verdict from a negation about something else", async (question) => {
    const reply = await last([question]);
    expect(reply.reply).not.toMatch(/^No: /);
  });
});

describe("a follow-up about part of the quoted passage", () => {
  it.each([
    "what goes wrong per entry?",
    "and if I clip each entry?",
    "what breaks if it is done per entry?",
  ])("%s may quote the passage again for the sentence that answers it", async (followUp) => {
    const reply = await last([
      "why is norm clipping applied to the whole gradient vector instead of each entry?",
      followUp,
    ]);
    expect(reply.reply).toMatch(/direction/);
  });
});
