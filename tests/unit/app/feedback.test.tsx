import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Feedback } from "@/app/_components/quiz/Feedback";
import type { AnswerOutcome } from "@/lib/contracts/quiz";
import type { PublicQuestion } from "@/lib/learning/grading";

const question: PublicQuestion = {
  questionId: "l/q",
  lessonId: "l",
  type: "short-text",
  prompt: "Why?",
  concepts: ["c"],
  difficulty: 1,
  simulated: false,
  hintCount: 2,
};
const outcome = (over: Partial<AnswerOutcome>): AnswerOutcome => ({
  questionId: "l/q",
  correct: false,
  score: 0,
  fraction: 0,
  feedback: "Feedback.",
  misconceptions: [],
  tryNumber: 1,
  triesLeft: 2,
  finished: false,
  nextQuestionId: null,
  replayed: false,
  ...over,
});
const heading = (o: AnswerOutcome) =>
  /<h3[^>]*>([^<]*)<\/h3>/.exec(
    renderToStaticMarkup(<Feedback outcome={o} question={question} />),
  )?.[1];

describe("quiz feedback verdict", () => {
  it("calls partial credit partly right", () => {
    expect(heading(outcome({ fraction: 2 / 3, score: 2 / 3 }))).toBe("Partly right. 2 tries left.");
    expect(heading(outcome({ fraction: 0.5, triesLeft: 0, finished: true }))).toBe(
      "Partly right. That was the last try.",
    );
  });
  it("keeps “Not quite” for no credit and “Correct.” for a right answer", () => {
    expect(heading(outcome({}))).toBe("Not quite. 2 tries left.");
    expect(heading(outcome({ correct: true, fraction: 1, score: 1, finished: true }))).toBe(
      "Correct.",
    );
  });
});
