/**
 * How a catalogued claim is read when its words are not the catalogue's: code with dots in a
 * clause, a direction that is "new", "=" between words, mattering "not much", a run's symptoms
 * diagnosed as the other failure; and the neutral questions and true statements that share the
 * claims' words (a bound below 1, a comparison asking which, a gradient along the cell, a
 * question word after a preposition).
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions } from "@/lib/tutor";
import { ideaWording } from "@/lib/tutor/answer/claim-wording";
import { correctionFor } from "@/lib/tutor/answer/misconception-key-facts";
import { misreadSymptom } from "@/lib/tutor/answer/misconception-symptoms";

describe("claims read through their wording", () => {
  it.each([
    // A dot inside a word (code, a module path) ends no clause.
    [
      "with keras' model.fit the lstm still cuts the gate connections like the 1997 version",
      "truncation-is-modern-practice",
    ],
    [
      "my notes say norm clipping sends the update off in a different, smaller direction",
      "clipping-changes-direction",
    ],
    [
      "norm clipping moves the gradient into another direction entirely",
      "clipping-changes-direction",
    ],
    [
      "wider hidden layer = more capacity = no more vanishing gradient",
      "bigger-hidden-fixes-vanishing",
    ],
    [
      "my supervisor thinks the forget bias doesn't matter that much, so we keep it at zero",
      "forget-bias-irrelevant",
    ],
    [
      "tbh the forget bias won't matter very much compared to the input weights",
      "forget-bias-irrelevant",
    ],
  ])("%j states %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    [
      "we'll swap the sigmoid units for relu, that solves vanishing on its own",
      "relu-alone-fixes-rnns",
    ],
    ["swapping tanh for relu in the rnn solves it, no need for gating", "relu-alone-fixes-rnns"],
    [
      "if the early-step gradients are near zero you should just clip them harder",
      "clipping-fixes-vanishing",
    ],
    [
      "turning on clip_grad_norm_ will sort out my rnn failing to learn long-term patterns",
      "clipping-fixes-vanishing",
    ],
  ])("%j states %s in other words", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    [
      "I think I follow: the carousel doesn't lose anything, so the cell holds the whole input history. So how does the output gate pick what to show?",
      "lstm-stores-everything",
    ],
  ])("%j states %s before its question", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it("names the failure a learner describes without naming it", () => {
    const reply = correctionFor(
      "clipping-fixes-vanishing",
      "clipping will sort out my rnn not picking up long-range structure",
    );
    expect(reply?.correction).toMatch(/vanishing gradient/);
    expect(
      correctionFor("clipping-fixes-vanishing", "clipping fixes vanishing")?.correction,
    ).not.toMatch(/What you describe/);
  });

  it.each([
    [
      "σ_max of our recurrent weights is about 1.8 with tanh units, so it's certain to explode",
      "large-norm-guarantees-explosion",
    ],
    [
      "spectral radius is 0.7 here, hence the gradient must decay from the very first step",
      "spectral-radius-suffices",
    ],
  ])("%j reads the value against 1: %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    "the spectral radius of my W is 0.9, what happens to the gradient over 100 steps?",
    "my recurrent matrix has a largest singular value of 3. should I worry about explosion?",
    "with eigenvalues all 0.5 the gradient eventually shrinks, though it can grow at first",
  ])("%j asks or concedes, stating no value claim", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });

  it("rewrites a changed direction and mattering little to their ideas", () => {
    expect(ideaWording("it sends g in a new, shorter direction")).toMatch(/change direction/);
    expect(ideaWording("the bias can't really matter much")).toMatch(/hardly matters/);
    expect(ideaWording("no more exploding gradients")).toMatch(/exploding fixed/);
    expect(ideaWording("its largest singular value is 2.5")).toMatch(/2\.5 above 1/);
    expect(ideaWording("eigenvalues are all 0.6")).toMatch(/0\.6 below 1/);
  });
});

describe("a run's symptoms diagnosed as the other failure", () => {
  it.each([
    "the loss hit inf around step 300, which my friend says is a vanishing gradient, so I'm adding an LSTM",
    "gradient norms spike and then NaN; must be vanishing, I'll raise the forget bias",
    "the loss plateaus at chance and the early gradients are 1e-10, that means exploding, so I'll clip harder",
  ])("%j misreads the failure", (message) => {
    expect(misreadSymptom(message)).toBe("explosion-treated-as-vanishing");
  });

  it.each([
    // Asked, not stated.
    "my loss went NaN after 200 steps, is that vanishing?",
    // The symptom's own failure named: the learner reads it rightly.
    "NaN losses mean exploding gradients, not vanishing ones",
    "vanishing gradients never produce NaN, exploding ones do",
    // The diagnosis denied.
    "the loss is NaN, so it is not vanishing",
  ])("%j misreads nothing", (message) => {
    expect(misreadSymptom(message)).toBeUndefined();
  });
});

describe("questions and true statements that share a claim's words", () => {
  it.each([
    ["how can an lstm still blow up if its forget gates stay below 1?", "forget-gate-always-one"],
    ["the forget gate is at most 1, so why does the cell still decay?", "forget-gate-always-one"],
    ["if the gradients explode you should clip them", "clipping-fixes-vanishing"],
    ["an rnn on its own can carry information a few steps", "rnn-cannot-remember-at-all"],
    [
      "clipping the whole vector vs clipping each entry, which one is Pascanu's?",
      "clipping-is-elementwise",
    ],
    [
      "the part of the error flowing through the lstm cell can never explode, right?",
      "lstm-never-explodes",
    ],
    [
      "The course says the update gate mixes the old state and the candidate. Mixed by how much?",
      "update-gate-always-copies",
    ],
  ])("%j does not state %s", (message, id) => {
    expect(detectMisconceptions(message)).not.toContain(id);
  });

  it("reads no value claim into a predicate said without the value", () => {
    // "reaching" a step is not the sigmoid's derivative reaching 1.
    expect(
      detectMisconceptions(
        "my write-up: the signal reaching the first step is weak since each derivative piles on, fair enough?",
      ),
    ).not.toContain("sigmoid-derivative-one");
  });

  it("still reads a comparison that claims the two sides are the same", () => {
    expect(
      detectMisconceptions("1997 truncation vs full bptt, basically identical gradients, no?"),
    ).toContain("full-equals-truncated");
  });

  it("still reads a derivative said to go up to 1", () => {
    expect(
      detectMisconceptions("the sigmoid's derivative goes up to 1, so sigmoid gates lose nothing"),
    ).toContain("sigmoid-derivative-one");
  });

  it("still reads the whole LSTM said never to explode", () => {
    expect(detectMisconceptions("an lstm cell can never blow up")).toContain("lstm-never-explodes");
  });
});
