/** A turn about the learner's own attempt at the open short-text question (draft.ts). */
import { feedbackReply } from "../feedback";
import { hintFor } from "./actions";
import { announcedDraft, ASKS_WHAT_IS_MISSING } from "./draft";
import type { Decision, Turn } from "./turn";

export function ownAttempt(turn: Turn, message: string): Decision | undefined {
  const focus = turn.contextFocus;
  if (!focus || turn.quizFocus) return undefined;
  if (ASKS_WHAT_IS_MISSING.test(message.trim())) return hintFor(turn, focus, message);
  if (focus.instance.type !== "short-text") return undefined;
  const draft = announcedDraft(message);
  return draft ? { reply: feedbackReply(focus, draft) } : undefined;
}
