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
  /** The answer as read ("B", "0.73"), said back after the verdict; omit for a short text. */
  answered?: string;
  /** Wrong on the last try: the answer and its explanation (solutionText), as the quiz page shows them. */
  solution?: string;
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
  // "the second one" or an option described in words: the learner sees what was graded.
  const read = options.answered ? ` You answered **${options.answered}**.` : "";
  if (grade.correct) {
    // The grader's "Correct, within the tolerance." would repeat the verdict.
    const rest = grade.feedback.replace(/^Correct[.,]?\s*/i, "");
    const said = rest ? ` ${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : "";
    return { ...base, reply: `**Correct.**${read}${said} Say “quiz me” for another question.` };
  }
  const feedback =
    grade.fraction > 0
      ? `**Partly right (${Math.round(grade.fraction * 100)}% of the credit).**${read} ${grade.feedback}`
      : `**Not quite.**${read} ${grade.feedback}`;
  if (options.canRetry) {
    return {
      ...base,
      reply: `${feedback}\n\nHave another go, or ask for a hint.`,
      quiz: { questionId: question.id },
    };
  }
  const reread = lesson ? `Reread *${lesson.title}*, then say “quiz me” to try another.` : "";
  if (!options.solution) return { ...base, reply: `${feedback} ${reread}`.trim() };
  return { ...base, reply: [feedback, options.solution, reread].filter(Boolean).join("\n\n") };
}
