/**
 * Classes of misconception wording: a plan to lengthen small gradients by clipping, a component
 * named by its value, a GRU said to carry a cell, a bounded range read as a bounded gradient,
 * today's LSTMs said to cut at the gates like 1997, eigenvalues named by value, every gradient
 * said to end at the threshold, the update gate said to copy from the start; and the true
 * statements that share a claim's words (a predicate said of another thing, certainty of no
 * value, a negation that belongs to the compared network, a question about "ever").
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions } from "@/lib/tutor";
import {
  certaintyWithoutValue,
  objectsOf,
  predicatesSaidOfOther,
} from "@/lib/tutor/answer/misconception-predicate-objects";
import { ideaSequence } from "@/lib/tutor/answer/misconception-meaning";

describe("misconception claim classes", () => {
  it.each([
    [
      "early-step gradients sit near 1e-9, so I'll switch on clipping to amplify them",
      "clipping-fixes-vanishing",
    ],
    [
      "capping the gradient norm at 2 should restore the long-range signal",
      "clipping-fixes-vanishing",
    ],
    ["for g = (2, 90) with θ = 9 the 2 is under 9, so it remains 2", "clipping-not-applied"],
    ["the gru maintains a separate memory cell besides h", "gru-has-cell-state"],
    [
      "since tanh keeps h within (-1, 1), bptt through it can never explode",
      "bounded-activation-bounds-gradient",
    ],
    [
      "keras lstms block the error at the gates, same as the original 1997 design",
      "truncation-is-modern-practice",
    ],
    [
      "every eigenvalue of W is 0.7, so the gradient must get smaller right away",
      "spectral-radius-suffices",
    ],
    ["with clipping at 3, all gradients end up exactly at norm 3", "clipping-sets-length"],
    [
      "a gru's update gate is near 1 by default, so it copies the state",
      "update-gate-always-copies",
    ],
    ["my lecturer says b_z is negligible in a gru", "update-bias-irrelevant"],
    ["relu is all an rnn needs for long sequences", "relu-alone-fixes-rnns"],
    ["2048 units instead of 256, so the gradient won't fade", "bigger-hidden-fixes-vanishing"],
    ["sigma_max(W) = 4, so explosion is inevitable", "large-norm-guarantees-explosion"],
  ])("%s → %s", (message, id) => {
    expect(detectMisconceptions(message)).toContain(id);
  });

  it("corrects the gated-network claim first when the gates' range is the argument", () => {
    expect(
      detectMisconceptions("gate outputs lie in (0,1), so gated nets cannot explode at all")[0],
    ).toBe("lstm-never-explodes");
    // No gated network named: the activation's range is the claim.
    expect(
      detectMisconceptions("sigmoid outputs lie in (0,1), so its gradient can never explode")[0],
    ).toBe("bounded-activation-bounds-gradient");
  });

  it("corrects the general claim first when the message says both failures alike", () => {
    expect(
      detectMisconceptions("clipping deals with both problems, huge and tiny gradients alike")[0],
    ).toBe("explosion-treated-as-vanishing");
  });

  it.each([
    "norm clipping keeps the gradient's direction and only shortens the long ones",
    "the cell path multiplies by the forget gate at each and every step",
    "an lstm learns lags of 100 steps that a plain rnn can't",
    "is the update gate ever exactly 0?",
    "with θ = 4, g = (1, 40): the 1 is under 4 but still gets scaled to 0.1",
    "the update gate starts near 0.5, so it copies half of the old state",
  ])("flags no claim in %s", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });
});

describe("what a predicate is said of", () => {
  const idea = (word: string) => ideaSequence(word)[0] ?? word;
  const [keep, component, direction] = [idea("keeps"), idea("components"), idea("direction")];
  const isSubject = (idea: string) => idea === component || idea === direction;

  it("binds a predicate to the first subject after it", () => {
    expect(objectsOf(ideaSequence("keeps its components"), isSubject).get(keep)).toBe(component);
    expect(objectsOf(ideaSequence("keeps x y z components"), isSubject).has(keep)).toBe(false);
  });

  it("counts a predicate said of another thing only when the claim's thing goes unnamed", () => {
    const claim = objectsOf(ideaSequence("keeps its components"), isSubject);
    expect([...predicatesSaidOfOther(claim, "keeps the direction", isSubject)]).toEqual([keep]);
    expect(
      predicatesSaidOfOther(claim, "keeps the direction and the components", isSubject).size,
    ).toBe(0);
  });

  it("drops certainty only when the claim's value goes unsaid", () => {
    expect(certaintyWithoutValue(new Set(["forget", "1"]), new Set(["forget"])).size).toBe(1);
    expect(certaintyWithoutValue(new Set(["forget", "1"]), new Set(["forget", "1"])).size).toBe(0);
    expect(certaintyWithoutValue(new Set(["forget"]), new Set(["forget"])).size).toBe(0);
  });
});
