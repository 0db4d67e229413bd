/**
 * Lesson figures from the lesson's own first tries, checked against values computed by hand
 * with the default BKT parameters (P(L0) 0.2, P(T) 0.15, P(S) 0.1; P(G) 0.25 for single choice,
 * 0.1 for multiple select):
 *   right, single choice, from 0.2:  0.2·0.9 / (0.2·0.9 + 0.8·0.25) = 0.473684, then
 *                                    + 0.526316·0.15 = 0.552632
 *   wrong, single choice, from 0.552632: 0.055263 / (0.055263 + 0.447368·0.75) = 0.141414,
 *                                    then + 0.858586·0.15 = 0.270202
 *   wrong, single choice, from 0.2:  0.02 / (0.02 + 0.6) = 0.032258 -> 0.177419
 */
import { describe, expect, it } from "vitest";
import {
  lessonFigure,
  lessonFigureNote,
  lessonFigures,
  type LessonAnswer,
  type LessonQuestionInfo,
} from "@/lib/learning/lesson-mastery";

const QUESTIONS: LessonQuestionInfo[] = [
  { id: "l/a", concepts: ["c1"], type: "single-choice" },
  { id: "l/b", concepts: ["c1", "c2"], type: "single-choice" },
  { id: "l/m", concepts: ["c2"], type: "multiple-select" },
];
const answer = (questionId: string, correct: boolean, extra: Partial<LessonAnswer> = {}) => ({
  questionId,
  correct,
  score: correct ? 1 : 0,
  tryNumber: 1,
  hintsUsed: 0,
  ...extra,
});

describe("lessonFigure", () => {
  it("shows nothing before the lesson's own questions have evidence", () => {
    const f = lessonFigure(QUESTIONS, [answer("other/q", true), answer("other/r", true)]);
    expect(f).toMatchObject({ level: "not-started", pKnown: null, firstTries: 0, right: 0 });
    expect(lessonFigureNote(f)).toBe("No answers on this lesson's questions yet.");
  });

  it("one right answer: c1 0.552632, c2 stays at the prior 0.2; mean 0.376316, attempted", () => {
    const f = lessonFigure(QUESTIONS, [answer("l/a", true), answer("other/q", true)]);
    expect(f.pKnown).toBeCloseTo(0.376316, 6);
    expect(f).toMatchObject({ level: "attempted", firstTries: 1, right: 1, questionsAnswered: 1 });
    expect(lessonFigureNote(f)).toBe(
      "From 1 first try (1 right) on 1 of this lesson's 3 questions.",
    );
  });

  it("then a wrong answer on b: c1 0.270202, c2 0.177419, mean 0.223811", () => {
    const f = lessonFigure(QUESTIONS, [answer("l/a", true), answer("l/b", false)]);
    expect(f.pKnown).toBeCloseTo(0.223811, 6);
    expect(f.level).toBe("attempted");
  });

  it("ignores retries: only first tries are evidence", () => {
    const f = lessonFigure(QUESTIONS, [
      answer("l/a", true),
      answer("l/b", false),
      answer("l/b", true, { tryNumber: 2, score: 0.6 }),
    ]);
    expect(f.firstTries).toBe(2);
    expect(f.pKnown).toBeCloseTo(0.223811, 6);
  });

  it("recovers the grader's fraction from a first try's score: 0.45 after one hint is 0.5", () => {
    // Multiple select (guess 0.1, after one hint 0.5): right 0.18 / (0.18 + 0.8·0.5) = 0.310345,
    // wrong 0.02 / (0.02 + 0.72) = 0.027027; Jeffrey 0.5·each = 0.168686, then 0.293383.
    const f = lessonFigure(QUESTIONS, [answer("l/m", false, { score: 0.45, hintsUsed: 1 })]);
    expect(f.pKnown).toBeCloseTo((0.2 + 0.293383) / 2, 5);
  });

  it("three right answers on c1 alone: c1 0.958476, c2 still 0.2, mean 0.579238, familiar", () => {
    const f = lessonFigure(QUESTIONS, [
      answer("l/a", true),
      answer("l/a", true),
      answer("l/a", true),
    ]);
    expect(f.pKnown).toBeCloseTo(0.579238, 5);
    expect(f).toMatchObject({ level: "familiar", firstTries: 3, right: 3, questionsAnswered: 1 });
  });
});

describe("lessonFigures", () => {
  it("a guest who answered in one lesson has only that lesson started", () => {
    const figures = lessonFigures([answer("gru/state", true), answer("gru/facts", false)]);
    expect(figures.get("gru")?.firstTries).toBe(2);
    const others = [...figures].filter(([id]) => id !== "gru");
    expect(others.length).toBe(6);
    for (const [, f] of others) expect(f.level).toBe("not-started");
  });
});
