/**
 * "explain BPTT", then "and for the lstm, what changes?": the thread's question has no model of
 * its own to swap, so what the named model changes is what the course's definition of that model
 * gives as its reason ("because the cell is updated by addition, going back one step along it
 * multiplies the gradient by the forget gate …"), said first, in that model's lesson.
 */
import { getLesson } from "@/lib/content";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { glossaryEntry } from "../answer/glossary";
import type { Decision } from "./turn";

const GROWTH = /\b(?:explod\w*|clip\w*|blow\w* up)\b/i;
const MODEL = /\b(?:lstms?|grus?|rnns?|long short[- ]term memory|gated recurrent units?)\b/i;

/** The glossary entry of the model a subject names, when the thread's question names no model. */
export function modelEntry(subject: string, asked: string | undefined): GlossaryEntry | undefined {
  if (!MODEL.test(subject) || (asked !== undefined && MODEL.test(asked))) return undefined;
  // The reason a model gives is how it keeps the gradient; growth and its fix are another matter
  // (a gated network still explodes and is still clipped).
  if (asked !== undefined && GROWTH.test(asked)) return undefined;
  return glossaryEntry(subject);
}

/** The entry's sentence that says why the model behaves as it does, when it has one. */
function reasonOf(entry: GlossaryEntry): string | undefined {
  return entry.definition
    .split(/(?<=[.!?])\s+(?=[A-Z$])/)
    .find((s) => /\bbecause\b|\bwhich is why\b/i.test(s));
}

/** The model's reason first, then the answer found for the question asked about it. */
export function withModelReason(decision: Decision, entry: GlossaryEntry): Decision {
  const reason = reasonOf(entry);
  if (!reason || decision.reply.intent !== "explain") return decision;
  const lead = `**${entry.term}**: ${reason}`;
  // The reply now opens with the definition's lesson: it is cited first.
  const lesson = getLesson(entry.lessonId);
  const citations = lesson
    ? [
        { id: lesson.id, title: lesson.title },
        ...decision.reply.citations.filter((c) => c.id !== lesson.id),
      ]
    : decision.reply.citations;
  return {
    ...decision,
    reply: { ...decision.reply, reply: `${lead} ${decision.reply.reply}`, citations },
  };
}
