/**
 * Formative feedback on a learner's own attempt at the open short-text question: the rubric's
 * verdict in words (what the explanation already covers and which ideas it still lacks), never
 * the model answer. Nothing is recorded; the learner submits in the quiz when ready.
 */
import { gradeResponse } from "@/lib/learning/grading";
import type { Focus } from "./focus";
import { citationFor } from "./hint";
import { checkLeak } from "./leak-guard";
import type { TutorReply } from "./types";

export function feedbackReply(focus: Focus, attempt: string): TutorReply {
  const grade = gradeResponse(focus.instance, { type: "short-text", text: attempt });
  const missing = grade.missingIdeas ?? [];
  const verdict = grade.correct
    ? "That explanation covers what the question asks for; submit it in the quiz when you are ready."
    : missing.length > 0
      ? `Good start. Still missing: ${missing.map((m) => m.toLowerCase()).join("; ")}. Add that in your own words and check again.`
      : grade.feedback;
  const text = `Feedback on your draft (not graded): ${verdict}`;
  const safe = checkLeak(text, focus.instance, attempt).leaked
    ? "Feedback on your draft (not graded): you are on the way; compare each sentence with the question's hints and say what happens to the signal at every step."
    : text;
  return {
    reply: safe,
    citations: citationFor(focus.question.lessonId),
    intent: "feedback",
    effects: [],
    engine: "builtin",
    ...(grade.misconceptions.length > 0 ? { misconceptions: grade.misconceptions } : {}),
  };
}
