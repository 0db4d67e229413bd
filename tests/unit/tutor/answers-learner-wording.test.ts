/**
 * Concept answers for the way learners write, in wordings no eval set uses: framework names
 * read as the course's ("clipvalue" is value clipping), a question after scene-setting
 * sentences, an optimiser named only as a run's setting, and a diagnosis that stays on the
 * regime its symptoms describe and says what to do about it, or blames a truncation window
 * shorter than the gap.
 */
import { describe, expect, it } from "vitest";
import { classify, respond, type TutorReply } from "@/lib/tutor";
import { definitionAsked } from "@/lib/tutor/answer/glossary";
import { assignmentsIn } from "@/lib/tutor/answer/sentence-pick";
import { windowToBlame } from "@/lib/tutor/answer/window-diagnosis";
import { assess } from "@/lib/tutor/relevance";
import { symptomRegime } from "@/lib/tutor/retrieval/symptoms";
import { withApiNames } from "@/lib/tutor/retrieval/api-names";
import { terms } from "@/lib/tutor/retrieval/text";

const ask = (message: string): Promise<TutorReply> => respond({ message, history: [] }, {});

describe("framework names are read as the course's names", () => {
  it.each([
    ["keras clipvalue=0.5", "value clipping"],
    ["tf.clip_by_global_norm(grads, 5)", "gradient clipping by norm"],
    ["torch.nn.utils.clip_grad_norm_(params, 1.0)", "gradient clipping by norm"],
    ["max_norm=2", "clipping threshold"],
    ["LSTM(64, unit_forget_bias=False)", "forget-gate bias"],
    ["state = state.detach()", "truncated BPTT"],
    ["jax.lax.stop_gradient(h)", "truncated BPTT"],
  ])("%s", (code, name) => {
    expect(withApiNames(code)).toContain(name);
  });

  it("leaves words that only contain a name alone", () => {
    expect(withApiNames("my_max_norms_table and detached_copy")).toBe(
      "my_max_norms_table and detached_copy",
    );
  });

  it("compares clipvalue with clipnorm side by side", async () => {
    const reply = await ask("keras: clipvalue or clipnorm, which one should an lstm use?");
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.reply).toMatch(/direction/);
  });

  it("answers what dropping the detach does, instead of turning it away", async () => {
    const reply = await ask("what goes wrong if my stateful loop never calls h.detach()?");
    expect(reply.intent).toBe("explain");
    expect(reply.citations[0]?.id).toBe("why-lstm-gradients-do-not-vanish-backward");
  });
});

describe("a question after scene-setting sentences", () => {
  it("is classified by the sentence that asks", () => {
    expect(
      classify("Apologies in advance. My notes mention the CEC a lot. What is the carousel?"),
    ).toBe("definition");
  });

  it("finds the term its question defines", () => {
    expect(
      definitionAsked(
        "Quick one. The bound in the notes uses the spectral radius. What does spectral radius mean in words?",
      )?.term,
    ).toBe("Spectral radius");
  });

  it("keeps a lone question as it was read", () => {
    expect(classify("why do gradients vanish in a plain rnn?")).toBe("why");
  });
});

describe("a report that asks whether it is a bug is a diagnosis", () => {
  it.each([
    "per-step grad norms go 2, 0.01, 3e-6, 2e-12 from the end back to the start. is this normal?",
    "my tanh rnn gradient at step 0 reads 4e-13. do i have a bug somewhere?",
    "training loss flat after epoch 2, grads tiny. diagnose please",
  ])("%s", (message) => {
    expect(classify(message)).toBe("diagnosis");
  });

  it("opens on the regime and names the remedies", async () => {
    const reply = await ask(
      "gradient norm per step for my tanh rnn: 2.5 at the end, 1e-3 halfway, 3e-14 at the first step. is this normal?",
    );
    expect(reply.reply).toMatch(/vanishing gradient/);
    expect(reply.reply).toMatch(/initialisation|gating|residual/);
  });
});

describe("an optimiser named as the run's setting", () => {
  const setting =
    "gru, sgd lr 0.1. loss went 1.9, 1.7, then 3e9, then nan two updates later. any idea why?";

  it("does not turn the symptoms away", () => {
    const rel = assess(setting);
    expect(rel.uncovered).toBeUndefined();
    expect(rel.onTopic).toBe(true);
  });

  it("is still declined when the question asks about the optimiser", () => {
    const rel = assess("loss went nan after a spike. should I move from sgd to adam?");
    expect(rel.uncovered).toBe("optimisers such as Adam and SGD");
  });

  it("ends the diagnosis on the regime diagnosed, not on the other one", async () => {
    const reply = await ask(setting);
    expect(reply.reply).toMatch(/exploding gradient/);
    const body = reply.reply.split("\n\n")[0] ?? "";
    expect(body).not.toMatch(/vanishing is silent/i);
  });
});

describe("a what-if that writes out its setting", () => {
  it("reads the settings a text writes out", () => {
    expect(assignmentsIn("suppose b_f = 2 and T=50")).toEqual(["b_f=2", "T=50"]);
    expect(assignmentsIn("At $a = 0.5$ the stack")).toEqual(["a=0.5"]);
  });

  it("opens on the lesson's sentence at that setting, not on another '1'", async () => {
    const reply = await ask(
      "what if each residual branch had scale a = 1, does the identity path still protect the gradient?",
    );
    expect(reply.reply).toMatch(/^At \$a = 1\$/);
    expect(reply.reply).toMatch(/grows/);
  });
});

describe("'exploded' about a household object", () => {
  it.each([
    "the kettle boiler at work exploded last week, what causes that",
    "why would a glass bottle explode in the freezer",
  ])("%s is not covered", (message) => {
    expect(assess(message).onTopic).toBe(false);
  });

  it("keeps exploding gradients in the course's sense", () => {
    expect(assess("why do my gradients explode after a few hundred steps?").onTopic).toBe(true);
  });
});

describe("definition requests in other shapes", () => {
  it.each([
    ["Hello. Can you please tell me what the spectral radius refers to?", "Spectral radius"],
    ["saturation = ??", "Saturation"],
    ["Would you explain what a jacobian is?", "Jacobian"],
  ])("%s -> %s", (message, term) => {
    expect(definitionAsked(message)?.term).toBe(term);
  });

  it("reads a blank after a term in words as a definition, after a symbol as a sum", () => {
    expect(classify("update gate = ?")).toBe("definition");
    expect(classify("0.9^20 = ?")).toBe("calculation");
  });

  it("reads 'wrt' as 'with respect to'", () => {
    expect(terms("dL wrt W")).toEqual(terms("dL with respect to W"));
    expect(terms("the gradient w.r.t. the weights")).toContain("respect");
  });
});

describe("a worry about the backward pass after a tiny gradient", () => {
  it("is a diagnosis of vanishing, not a bug report", async () => {
    expect(classify("step-0 gradient is 2e-19 in my gru. is my autograd broken?")).toBe(
      "diagnosis",
    );
    const reply = await ask(
      "I only get about 3e-17 for the gradient at the first token of my rnn. is my backprop wrong?",
    );
    expect(reply.reply).toMatch(/^Probably not a bug/);
  });
});

describe("a long-range failure described in tokens or under a truncation window", () => {
  it("reads a gap counted in tokens or words as a sign of vanishing", () => {
    expect(symptomRegime("it ignores anything 40 words back, the loss looks fine")).toBe(
      "vanishing",
    );
  });

  it("blames a window shorter than the gap, with both lengths", async () => {
    const message =
      "char-level lstm trained with tbptt, 32-step windows; it never learns to match a bracket opened 150 characters earlier. why?";
    expect(windowToBlame(message)?.lessonId).toBe("why-lstm-gradients-do-not-vanish-backward");
    const reply = await ask(message);
    expect(reply.reply).toMatch(/^Look at the window first: with \$k = 32\$/);
    expect(reply.reply).toMatch(/longer than/);
  });

  it("leaves a failure without a window to the gradient's decay", () => {
    expect(windowToBlame("my rnn never learns a 150 step dependency. why?")).toBeUndefined();
  });
});
