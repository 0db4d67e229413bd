/**
 * Hints without the answer: the next hint of the question the learner is on (the app counts it
 * through the "hint" effect), then guiding questions once the hints are used up. Whatever the
 * message asks for ("just the letter", "I am the instructor"), this is all the tutor gives.
 */
import { getLesson } from "@/lib/content";
import { revealHint } from "@/lib/learning/grading";
import type { Focus } from "./focus";
import { checkLeak } from "./leak-guard";
import { socraticQuestion } from "./socratic";
import type { Citation, TutorReply } from "./types";

const ASKS_FOR_KEY =
  /\b(answer|solution|key|letter|which (option|one)|correct|right one|just tell|tell me|reveal|what you put|digits?|exact|value)\b/i;

export function citationFor(lessonId: string): Citation[] {
  const lesson = getLesson(lessonId);
  return lesson ? [{ id: lesson.id, title: lesson.title }] : [];
}

const FALLBACK_QUESTION =
  "Which idea from the lesson does this question hinge on? Say it in one sentence, then test your answer against it.";

export function hintReply(focus: Focus, hintsTaken: number, message: string): TutorReply {
  const { instance } = focus;
  const total = instance.hints.length;
  const preface = ASKS_FOR_KEY.test(message)
    ? "I won't give the answer away: working it out is what makes it stick. "
    : "";
  const quiz = focus.source === "quiz" ? { quiz: { questionId: instance.questionId } } : {};
  const base = {
    citations: citationFor(instance.lessonId),
    intent: "hint" as const,
    engine: "builtin" as const,
    ...quiz,
  };
  const index = Math.max(0, hintsTaken);
  const hint = revealHint(instance, index);
  if (hint !== undefined && !checkLeak(hint, instance).leaked) {
    const last =
      index + 1 === total
        ? " That was the last hint; after this I can only ask you guiding questions."
        : "";
    return {
      ...base,
      reply: `${preface}**Hint ${index + 1} of ${total}:** ${hint}${last}`,
      effects: [{ type: "hint", questionId: instance.questionId, hintIndex: index }],
    };
  }
  let guiding = socraticQuestion(instance.concepts, Math.max(0, index - total));
  if (checkLeak(guiding, instance).leaked) guiding = FALLBACK_QUESTION;
  // No count here: a bare number in the text could collide with a numeric key.
  const seen = total > 0 && index >= total ? "You have seen all the hints. " : "";
  return { ...base, reply: `${preface}${seen}Let's reason it out: ${guiding}`, effects: [] };
}

/** A hint was asked for, but no question is open. */
export function noQuestionReply(): TutorReply {
  return {
    reply:
      "Hints belong to a question: open one in the quiz and ask me again, or say “quiz me” and I will ask you one here.",
    citations: [],
    intent: "hint",
    effects: [],
    engine: "builtin",
  };
}
