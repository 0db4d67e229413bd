/**
 * The chat quiz: asking a question ("quiz me on clipping") and reading the next message as its
 * answer. The reply to an answer carries the parsed response as an effect; the app grades it and
 * asks composeGradeReply for the wording.
 */
import type { ResponseInput } from "@/lib/learning/grading";
import { citationFor } from "../hint";
import { focusOn, type Focus } from "../focus";
import { letteredChoices } from "../letters";
import type { TutorContext, TutorReply } from "../types";
import { parseAnswer } from "./answer";
import { pickQuestion } from "./pick";
import { renderQuestion } from "./render";

export function askQuestion(
  message: string,
  context: TutorContext,
  options: { lessonId?: string; avoid: readonly string[] },
): TutorReply {
  const question = pickQuestion(message, options);
  if (!question) {
    return {
      reply: "I have no question on that topic yet. Try “quiz me on exploding gradients”.",
      citations: [],
      intent: "quiz",
      effects: [],
      engine: "builtin",
    };
  }
  const focus = focusOn(question, context, "quiz");
  return {
    reply: renderQuestion(focus.instance),
    citations: citationFor(question.lessonId),
    intent: "quiz",
    effects: [{ type: "quiz-question", questionId: question.id, seed: focus.seed }],
    quiz: { questionId: question.id },
    engine: "builtin",
  };
}

/** How the tutor understood the answer, so the learner can see it was read right. */
function restate(response: ResponseInput, focus: Focus): string {
  const choices = letteredChoices(focus.instance);
  const letter = (id: string) => (choices.find((c) => c.id === id)?.letter ?? id).toUpperCase();
  switch (response.type) {
    case "single-choice":
    case "predict-plot":
      return letter(response.optionId);
    case "multiple-select":
      return response.optionIds.length > 0
        ? response.optionIds.map(letter).join(", ")
        : "none of them";
    case "numeric":
      return String(response.value);
    case "ordering":
      return response.order.map(letter).join(" → ");
    case "short-text":
      return "your explanation";
  }
}

/** Reads `message` as the answer; undefined means "not an answer" (the caller handles it). */
export function readAnswer(message: string, focus: Focus): TutorReply | { problem: string } {
  const parsed = parseAnswer(message, focus.instance);
  if (!parsed.ok) return { problem: parsed.problem };
  return {
    reply: `Your answer: **${restate(parsed.response, focus)}**. Checking it…`,
    citations: citationFor(focus.question.lessonId),
    intent: "quiz-answer",
    effects: [
      {
        type: "quiz-answer",
        questionId: focus.question.id,
        response: parsed.response,
        seed: focus.seed,
      },
    ],
    engine: "builtin",
  };
}

export function askAgain(problem: string, focus: Focus): TutorReply {
  return {
    reply: `${problem} (Or ask for a hint, or say “skip”.)`,
    citations: citationFor(focus.question.lessonId),
    intent: "quiz",
    effects: [],
    quiz: { questionId: focus.question.id },
    engine: "builtin",
  };
}
