/**
 * Feedback on a chat-quiz answer, phrased from the grader's verdict. The app grades the
 * quiz-answer effect with the same grader as the quiz page, updates progress, then calls this.
 */
import { getLesson, type Question } from "@/lib/content";
import type { GradeResult } from "@/lib/learning/grading";
import type { TutorReply } from "../types";

export interface GradeReplyOptions {
  /** Wrong, and tries remain: invite another go and keep the question pending. */
  canRetry?: boolean;
}

export function composeGradeReply(
  grade: GradeResult,
  question: Question,
  options: GradeReplyOptions = {},
): TutorReply {
  const lesson = getLesson(question.lessonId);
  const citations = lesson ? [{ id: lesson.id, title: lesson.title }] : [];
  const base = {
    citations,
    intent: "quiz-answer" as const,
    effects: [],
    engine: "builtin" as const,
  };
  if (grade.correct) {
    return {
      ...base,
      reply:
        `**Correct.** ${grade.feedback === "Correct." ? "" : `${grade.feedback} `}Say “quiz me” for another question.`.replace(
          /\s+$/,
          "",
        ),
    };
  }
  const feedback =
    grade.fraction > 0
      ? `**Partly right (${Math.round(grade.fraction * 100)}% of the credit).** ${grade.feedback}`
      : `**Not quite.** ${grade.feedback}`;
  if (options.canRetry) {
    return {
      ...base,
      reply: `${feedback}\n\nHave another go, or ask for a hint.`,
      quiz: { questionId: question.id },
    };
  }
  const read = lesson ? ` Reread *${lesson.title}*, then say “quiz me” to try another.` : "";
  return { ...base, reply: `${feedback}${read}` };
}
