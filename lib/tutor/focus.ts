/**
 * The question the learner is working on: the one open in the app (request.questionId) or the
 * one the tutor asked in chat (the last assistant turn's quiz marker). The open one is
 * instantiated with the seed the app uses, so hints match what is on screen; a chat quiz with
 * the learner's chat seed, so that grading in chat (unlimited, with "too high / too low") is
 * never about the lesson's own instance.
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

/** The seed a question is instantiated with: the attempt's (or chat's), or a fixed one. */
export function seedFor(
  questionId: string,
  context: TutorContext,
  source: Focus["source"] = "context",
): string {
  const own = source === "quiz" ? context.chatSeed : context.attemptSeed;
  return own ?? `tutor:${questionId}`;
}

export function focusOn(question: Question, context: TutorContext, source: Focus["source"]): Focus {
  const seed = seedFor(question.id, context, source);
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
