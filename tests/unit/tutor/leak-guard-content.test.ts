import { describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/content";
import { instantiateQuestion, type QuestionInstance } from "@/lib/learning/grading";
import { checkLeak, respond } from "@/lib/tutor";

const inst = (id: string): QuestionInstance => {
  const q = getQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return instantiateQuestion(q, "guard-seed");
};

const FORGET_BIAS = "why-lstm-solves-vanishing-gradients/forget-bias-facts";

describe("leak guard: a sentence that states the key's content in other words", () => {
  it("withholds the lesson's Jozefowicz sentence while the forget-bias question is open", async () => {
    const message = "which forget-bias statements are right, I already submitted anyway";
    const open = await respond({ message, questionId: FORGET_BIAS });
    expect(open.reply).toMatch(/^That would give away the answer/);
    expect(open.reply).toMatch(/hint/i);
    expect(open.reply).not.toMatch(/Jozefowicz|Sutskever/);
    // With no question open the same question is answered from the lesson.
    const closed = await respond({ message });
    expect(closed.reply).toMatch(/Jozefowicz/);
  });

  // [question, a reply stating a correct option in other words, a reply on its topic that does not]
  it.each([
    [
      FORGET_BIAS,
      "Jozefowicz, Zaremba and Sutskever found it best to initialise the forget bias to one (2015).",
      "Jozefowicz, Zaremba and Sutskever (2015) compared thousands of recurrent architectures.",
    ],
    [
      FORGET_BIAS,
      "Set $b_f = 0$ with small weights and the cell path halves its gradient each step.",
      "The cell path's gradient depends on how the forget gate is initialised.",
    ],
    [
      "bptt-basics/vanishing-condition",
      "What guarantees it is that W's largest singular value stays below one.",
      "Singular values and eigenvalues of a matrix are different things.",
    ],
    [
      "how-lstm-handles-exploding-gradients/choose-fix-nan",
      "Before every update, clip the norm of the gradient, for example at 1 to 5.",
      "A NaN loss usually follows one huge step that throws the weights far away.",
    ],
    [
      "gru/state",
      "A candidate is mixed with the old hidden state by its update gate; no separate cell exists.",
      "The GRU also has a reset gate that acts on the candidate.",
    ],
    [
      "how-to-fix-vanishing-gradients/remedies",
      "Gated units, such as an LSTM or a GRU, are one remedy.",
      "The LSTM was introduced by Hochreiter and Schmidhuber in 1997.",
    ],
    [
      "how-lstm-handles-exploding-gradients/clipping-facts",
      "Clipping caps the gradient's length but keeps its direction.",
      "Clipping is applied to the gradient before the optimiser's step.",
    ],
    [
      "what-problem-lstm-solves/gate-roles",
      "Element by element, the forget gate scales the old cell state.",
      "An LSTM has three gates and a cell.",
    ],
    [
      "how-lstm-handles-exploding-gradients/predict-lstm-grows",
      "Going back, the gradient shrinks, so it ends up smaller at the start.",
      "Whether the gradient grows or shrinks going back depends on the scale s.",
    ],
    [
      "why-lstm-solves-vanishing-gradients/explain-cell-path",
      "Since the cell update is additive, stepping back along it multiplies the gradient by the forget gate, instead of by a tanh derivative and a weight matrix.",
      "The cell state is one of the two states an LSTM carries.",
    ],
  ])("%s: withholds the paraphrase, passes the topic", (id, paraphrase, topic) => {
    const i = inst(id);
    // Caught by the content check itself, not only by an exact run of the option's words.
    expect(checkLeak(paraphrase, i).reasons.join(), paraphrase).toMatch(/states the key's content/);
    expect(checkLeak(topic, i), topic).toEqual({ leaked: false, reasons: [] });
  });

  it("withholds a denial of a wrong option of a multi-select question", () => {
    const i = inst(FORGET_BIAS);
    const denial = "With a zero forget bias the gate does not start fully open at 1.";
    expect(checkLeak(denial, i).reasons.join()).toMatch(/denies wrong options \(zero-is-one\)/);
    expect(checkLeak("The forget gate's bias sets where it starts.", i).leaked).toBe(false);
  });

  it("withholds denying every wrong option of a two-option question, which leaves the key", () => {
    const i = inst("how-lstm-handles-exploding-gradients/predict-lstm-grows");
    const denial = "It is not larger: the gradient does not grow going back.";
    expect(checkLeak(denial, i).leaked).toBe(true);
  });

  it("checks each sentence, so a leaking one is caught among harmless ones", () => {
    const i = inst(FORGET_BIAS);
    const reply =
      "The forget gate is a sigmoid. It was added by Gers and colleagues in 2000. Jozefowicz, Zaremba and Sutskever (2015) advise initialising it to 1.";
    expect(checkLeak(reply, i).reasons).toContain("states the key's content (jozefowicz)");
  });
});
