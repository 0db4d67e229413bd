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
  const verdict = grade.correct
    ? "That explanation covers what the question asks for; submit it in the quiz when you are ready."
    : draftVerdict(focus, attempt, grade.missingIdeas ?? []);
  return {
    reply: `Feedback on your draft (not graded): ${verdict}`,
    citations: citationFor(focus.question.lessonId),
    intent: "feedback",
    effects: [],
    engine: "builtin",
    ...(grade.misconceptions.length > 0 ? { misconceptions: grade.misconceptions } : {}),
  };
}

/**
 * How far the draft is, and as many of its missing ideas as can be named without together
 * spelling out the answer (the leak guard decides): a draft that has none of the ideas would
 * otherwise be handed the whole model answer as its "missing" list.
 */
function draftVerdict(focus: Focus, attempt: string, missing: readonly string[]): string {
  const total = focus.instance.type === "short-text" ? focus.instance.rubric.ideas.length : 0;
  const stated = Math.max(0, total - missing.length);
  const progress =
    stated === 0
      ? `It does not state any of the ${total} key ideas the question asks for yet.`
      : `It states ${stated} of the ${total} key ideas the question asks for.`;
  const named: string[] = [];
  for (const idea of missing) {
    const next = [...named, lowerFirst(idea)];
    if (checkLeak(`Still missing: ${next.join("; ")}.`, focus.instance, attempt).leaked) break;
    named.push(lowerFirst(idea));
  }
  if (named.length === missing.length && named.length > 0)
    return `${progress} Still missing: ${named.join("; ")}. Add that in your own words and check again.`;
  if (named.length > 0) {
    const start = named.length === 1 ? "Start with this one" : "Start with these";
    return `${progress} ${start}: ${named.join("; ")}. Add it in your own words and check again.`;
  }
  return `${progress} Ask me for a hint if you want a nudge on where to start.`;
}

/** "The gradient is a product of per-step factors (Jacobians)" → "the gradient …", keeping "Jacobians". */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
