/**
 * The chat quiz: asking a question ("quiz me on clipping") and reading the next message as its
 * answer. The reply to an answer carries the parsed response as an effect; the app grades it and
 * asks composeGradeReply for the wording.
 */
import { citationFor } from "../hint";
import { focusOn, type Focus } from "../focus";
import type { TutorContext, TutorReply } from "../types";
import { parseAnswer } from "./answer";
import { pickQuestion } from "./pick";
import { restateAnswer } from "./restate";
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

/** Reads `message` as the answer; undefined means "not an answer" (the caller handles it). */
export function readAnswer(message: string, focus: Focus): TutorReply | { problem: string } {
  const parsed = parseAnswer(message, focus.instance);
  if (!parsed.ok) return { problem: parsed.problem };
  return {
    reply: `Your answer: **${restateAnswer(parsed.response, focus.instance)}**. Checking it…`,
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
