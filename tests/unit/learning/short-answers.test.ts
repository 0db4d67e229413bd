import { describe, expect, it } from "vitest";
import { getQuestion, questions } from "@/lib/content";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { loadAnswers, metrics, score } from "./eval-sets/evaluate";

/**
 * The short-text grader against 270 hand-labelled learner answers to the three short-text
 * questions. The 180 answers of short-answers.json are the tuning set: they were read while
 * the rubrics were written. The 90 answers of short-answers-heldout.json (30 per question)
 * were written and labelled independently, never read while tuning, and scored once with the
 * rubrics frozen.
 *
 * The goal is 90 % agreement on correct / partial / incorrect and no full credit for an answer
 * that states a catalogued misconception. The held-out set did not reach it: 61 of 90 agree
 * (67.8 %), precision of "correct" 28/33 (84.8 %), recall 28/42 (66.7 %), and two answers
 * labelled with a misconception got full credit. The held-out thresholds below therefore sit
 * just under those figures rather than at the goal, so a rubric change that loses ground
 * fails here; raise them to the goal once a fresh held-out set shows it. The tuning set agrees
 * on all 180 answers, which mostly says the rubrics fit what they were written from.
 */
const tuning = loadAnswers("tuning");
const heldOut = loadAnswers("heldOut");
const LABELS = ["correct", "partial", "incorrect"] as const;

describe("the labelled answer sets", () => {
  it("hold 180 tuning answers and a held-aside third of 90, on bank short-text questions", () => {
    expect(tuning).toHaveLength(180);
    expect(heldOut).toHaveLength(90);
    expect(heldOut.length / (tuning.length + heldOut.length)).toBeCloseTo(1 / 3);
    for (const a of [...tuning, ...heldOut])
      expect(getQuestion(a.questionId)?.type).toBe("short-text");
    for (const label of LABELS) expect(heldOut.some((a) => a.label === label)).toBe(true);
  });

  it("share no written answer between tuning and held-out (a bare '?' may recur)", () => {
    const key = (text: string) => text.trim().toLowerCase();
    const written = (text: string) => key(text).split(/\s+/).length >= 3;
    const seen = new Set(tuning.map((a) => key(a.answer)));
    for (const a of heldOut.filter((x) => written(x.answer)))
      expect(seen.has(key(a.answer)), a.answer).toBe(false);
  });
});

describe("short-text grader agreement", () => {
  it("on the held-out set (below the 90 % goal: thresholds just under what was reached)", () => {
    const m = metrics(score(heldOut));
    expect(m.agreement).toBeGreaterThanOrEqual(0.67);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.84);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.66);
    expect(m.fullCreditWithMisconception).toBeLessThanOrEqual(2);
  });

  it("on the tuning set", () => {
    const m = metrics(score(tuning));
    expect(m.agreement).toBeGreaterThanOrEqual(0.99);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.99);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.99);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("gives every model answer full credit", () => {
    for (const q of questions.filter((x) => x.type === "short-text")) {
      const inst = instantiateQuestion(q, "model");
      if (inst.type !== "short-text") continue;
      const grade = gradeResponse(inst, { type: "short-text", text: inst.modelAnswer });
      expect(grade, q.id).toMatchObject({ correct: true, fraction: 1, misconceptions: [] });
    }
  });

  it("never gives full credit while tagging a misconception", () => {
    for (const s of score([...tuning, ...heldOut]))
      if (s.grade.misconceptions.length > 0) expect(s.grade.correct).toBe(false);
  });
});
