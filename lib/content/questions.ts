/**
 * The question bank: one file per lesson under questions/, parsed and cross-checked at load
 * (load.ts), so a bad entry fails with its file and field named.
 */
import { loadQuestions, type ContentFile } from "./load";
import { lessons } from "./lessons";
import { misconceptions } from "./misconceptions";
import { questions as bpttBasics } from "./questions/bptt-basics";
import { questions as gru } from "./questions/gru";
import { questions as howLstmHandlesExploding } from "./questions/how-lstm-handles-exploding-gradients";
import { questions as howToFixVanishing } from "./questions/how-to-fix-vanishing-gradients";
import { questions as whatProblem } from "./questions/what-problem-lstm-solves";
import { questions as whyLstmDoesNotVanishBackward } from "./questions/why-lstm-gradients-do-not-vanish-backward";
import { questions as whyLstmSolvesVanishing } from "./questions/why-lstm-solves-vanishing-gradients";
import type { Question, QuestionInput } from "./schema";

const files: Record<string, readonly QuestionInput[]> = {
  "what-problem-lstm-solves": whatProblem,
  "why-lstm-solves-vanishing-gradients": whyLstmSolvesVanishing,
  "how-lstm-handles-exploding-gradients": howLstmHandlesExploding,
  "how-to-fix-vanishing-gradients": howToFixVanishing,
  "why-lstm-gradients-do-not-vanish-backward": whyLstmDoesNotVanishBackward,
  "bptt-basics": bpttBasics,
  gru,
};

export const QUESTION_FILES: readonly ContentFile<unknown>[] = Object.entries(files).map(
  ([lessonId, entries]) => ({ file: `lib/content/questions/${lessonId}.ts`, entries }),
);

export const questions: readonly Question[] = loadQuestions(QUESTION_FILES, {
  lessons,
  misconceptions,
});

const byId = new Map(questions.map((q) => [q.id, q]));

export function getQuestion(id: string): Question | undefined {
  return byId.get(id);
}

export function questionsForLesson(lessonId: string): Question[] {
  return questions.filter((q) => q.lessonId === lessonId);
}
