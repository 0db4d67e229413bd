import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuizPanel } from "@/app/_components/quiz/QuizPanel";
import type { AttemptView, PublicQuestion } from "@/lib/contracts/quiz";

const viewOf = (question: PublicQuestion): AttemptView => ({
  attemptId: "a",
  lessonId: "l",
  kind: "lesson",
  completed: false,
  questions: [{ id: question.questionId, status: "unanswered", tries: 0, hintsTaken: 0, score: 0 }],
  current: { question, hints: [], hintCount: 1, lastOutcome: null },
  totalScore: 0,
});
const base = {
  questionId: "l/q",
  lessonId: "l",
  prompt: "Which?",
  concepts: ["c"],
  difficulty: 1 as const,
  simulated: false,
  hintCount: 1,
};
const html = (question: PublicQuestion) =>
  renderToStaticMarkup(<QuizPanel initialView={viewOf(question)} />);

describe("the quiz's keyboard hint", () => {
  it("offers 1–9 where there are options to choose", () => {
    const options = [
      { id: "a", text: "A" },
      { id: "b", text: "B" },
    ];
    expect(html({ ...base, type: "single-choice", options })).toContain("choose an option");
    expect(html({ ...base, type: "multiple-select", options })).toContain("choose an option");
  });

  it("is absent from numeric, ordering and text questions", () => {
    expect(html({ ...base, type: "numeric", unit: "steps" })).not.toContain("choose an option");
    expect(html({ ...base, type: "short-text" })).not.toContain("choose an option");
    const items = [
      { id: "x", text: "X" },
      { id: "y", text: "Y" },
    ];
    expect(html({ ...base, type: "ordering", items })).not.toContain("choose an option");
  });

  it("makes the question a focus target for after Next question", () => {
    expect(html({ ...base, type: "numeric" })).toMatch(
      /<form[^>]*id="quiz-question"[^>]*tabindex="-1"/i,
    );
  });
});
