import { describe, expect, it } from "vitest";
import { getQuestion, questions } from "@/lib/content";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { loadAnswers, metrics, score } from "./eval-sets/evaluate";

/**
 * The short-text grader against 180 hand-labelled learner answers (three questions, 60 each).
 * Two thirds ("tune") were read while writing the rubrics; the held-out third ("test") was
 * never read, only scored. The goal is 90 % agreement on correct / partial / incorrect and no
 * full credit for an answer that states a misconception. On the held-out third the grader
 * reached 49 of 60 (81.7 %), precision of "correct" 17/18, recall 17/24, and one answer
 * labelled with a misconception got full credit; the thresholds below sit just under that, so
 * a rubric change that loses ground fails here.
 */
const answers = loadAnswers();
const tune = answers.filter((a) => a.split === "tune");
const test = answers.filter((a) => a.split === "test");

describe("the labelled answer set", () => {
  it("has at least 150 answers, a held-out third, and only bank questions", () => {
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(test.length).toBeGreaterThanOrEqual(Math.floor(answers.length / 3));
    for (const a of answers) expect(getQuestion(a.questionId)?.type).toBe("short-text");
    for (const label of ["correct", "partial", "incorrect"] as const)
      expect(test.some((a) => a.label === label)).toBe(true);
  });
});

describe("short-text grader agreement", () => {
  it("on the held-out third", () => {
    const m = metrics(score(test));
    expect(m.agreement).toBeGreaterThanOrEqual(0.8);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.94);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.7);
    expect(m.fullCreditWithMisconception).toBeLessThanOrEqual(1);
  });

  it("on the tuning part", () => {
    const m = metrics(score(tune));
    expect(m.agreement).toBeGreaterThanOrEqual(0.98);
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
    for (const s of score(answers))
      if (s.grade.misconceptions.length > 0) expect(s.grade.correct).toBe(false);
  });
});
