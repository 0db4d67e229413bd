/**
 * What a message is about, for the instructors' "questions by topic" counts: the same decision
 * the tutor's reply makes (a quiz request counts under the lesson of the question asked, a
 * follow-up under the thread's lesson). Prefer `reply.topic` when a reply exists.
 */
import { dispatch, validate } from "./dispatch";
import { OFF_TOPIC } from "./topic-tag";
import type { TutorRequest } from "./types";

export { OFF_TOPIC };

/** The id of the lesson that answers the message, or "off-topic". Deterministic. */
export function topicOf(
  message: string,
  request: Omit<Partial<TutorRequest>, "message"> = {},
): string {
  const plan = dispatch(validate({ ...request, message }), {});
  const reply = plan.kind === "reply" ? plan.reply : plan.builtin;
  return reply.topic ?? OFF_TOPIC;
}
