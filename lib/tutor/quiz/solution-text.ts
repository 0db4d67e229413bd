/**
 * The answer to a chat-quiz question once the learner has used their last try, as the quiz page
 * shows it then: the right option(s), value or order in the letters the chat showed, and the
 * question's explanation. Only the app calls it, and only for a finished question.
 */
import type { QuestionInstance, Solution } from "@/lib/learning/grading";
import { formatCaptionNumber } from "@/lib/sim";
import { letteredChoices } from "../letters";

export function solutionText(solution: Solution, shown: QuestionInstance): string {
  const choices = letteredChoices(shown);
  const named = (id: string) => {
    const c = choices.find((x) => x.id === id);
    return c ? `**${c.letter.toUpperCase()}** (“${c.text}”)` : id;
  };
  const answer = solution.correctOptionIds
    ? solution.correctOptionIds.length > 0
      ? `The answer: ${solution.correctOptionIds.map(named).join(", ")}.`
      : "The answer: none of the options."
    : solution.value !== undefined
      ? `The answer: **${formatCaptionNumber(solution.value)}**.`
      : solution.correctOrder
        ? `The order: ${solution.correctOrder.map((id) => named(id)).join(" → ")}.`
        : solution.modelAnswer
          ? `A model answer: ${solution.modelAnswer}`
          : "";
  return [answer, solution.explanation].filter(Boolean).join(" ");
}
