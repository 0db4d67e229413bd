/**
 * The question the learner is working on: the one open in the app (request.questionId) or the
 * one the tutor asked in chat (the last assistant turn's quiz marker). Both are instantiated
 * with the same seed the app uses, so hints and keys match what is on screen.
 */
import { getQuestion, type Question } from "@/lib/content";
import { instantiateQuestion, type QuestionInstance } from "@/lib/learning/grading";
import type { HistoryTurn, TutorContext } from "./types";

export interface Focus {
  question: Question;
  instance: QuestionInstance;
  seed: string;
  source: "context" | "quiz";
}

/** The seed a question is instantiated with: the attempt's, or a fixed one per question. */
export function seedFor(questionId: string, context: TutorContext): string {
  return context.attemptSeed ?? `tutor:${questionId}`;
}

export function focusOn(question: Question, context: TutorContext, source: Focus["source"]): Focus {
  const seed = seedFor(question.id, context);
  return { question, instance: instantiateQuestion(question, seed), seed, source };
}

/** The quiz question the last assistant turn asked, if the conversation is waiting for an answer. */
export function pendingQuiz(history: readonly HistoryTurn[] | undefined): string | undefined {
  const last = [...(history ?? [])].reverse().find((t) => t.role === "assistant");
  return last?.quiz?.questionId;
}

/** Question ids asked in chat so far, oldest first (to avoid asking one twice in a row). */
export function askedInChat(history: readonly HistoryTurn[] | undefined): string[] {
  return (history ?? []).flatMap((t) =>
    t.role === "assistant" && t.quiz ? [t.quiz.questionId] : [],
  );
}

/**
 * How many hints of a chat-quiz question the learner has seen, read back from the tutor's own
 * "Hint n of m" lines on turns marked with that question (the app may pass hintsTaken instead).
 */
export function hintsSeenInChat(
  history: readonly HistoryTurn[] | undefined,
  questionId: string,
): number {
  let seen = 0;
  for (const t of history ?? []) {
    if (t.role !== "assistant" || t.quiz?.questionId !== questionId) continue;
    const m = /\*\*Hint (\d+) of \d+/.exec(t.content);
    if (m) seen = Math.max(seen, Number(m[1]));
  }
  return seen;
}

export function questionOrUndefined(id: string | undefined): Question | undefined {
  return id === undefined ? undefined : getQuestion(id);
}
