/** What a message is about, for the instructors' "questions by topic" counts. */
import { assess } from "./relevance";

export const OFF_TOPIC = "off-topic";

/** The id of the lesson that best answers the message, or "off-topic". Deterministic. */
export function topicOf(message: string): string {
  const relevance = assess(message);
  return relevance.onTopic ? (relevance.lessons[0]?.lessonId ?? OFF_TOPIC) : OFF_TOPIC;
}
