import type { LearnerDetail } from "@/lib/services/dashboard";
import { getLesson } from "@/lib/content";
import { Markdown } from "../markdown";
import { formatDateTime } from "../ui/format";
import styles from "./dashboard.module.css";

const topicTitle = (topic: string) =>
  topic === "off-topic" ? "off topic" : (getLesson(topic)?.title ?? topic);

/** The learner's tutor conversations since joining the class, newest first, each collapsible. */
export function Conversations({
  conversations,
  shown,
}: {
  conversations: LearnerDetail["conversations"];
  shown: number;
}) {
  if (conversations.length === 0) return <p>No tutor conversations since joining the class.</p>;
  return (
    <>
      {conversations.length === shown && (
        <p className="muted">The {shown} most recent conversations.</p>
      )}
      {conversations.map((c) => (
        <details key={c.id}>
          <summary>
            {c.title}{" "}
            <span className="muted">
              ({c.messages.length} messages, {formatDateTime(c.createdAt)})
            </span>
          </summary>
          {c.messages.map((m) => (
            <div key={m.id} className={styles.transcript}>
              <p>
                <strong>{m.role === "user" ? "Learner" : "Tutor"}</strong>{" "}
                <span className="muted">
                  {formatDateTime(m.createdAt)}
                  {m.topic ? ` · ${topicTitle(m.topic)}` : ""}
                </span>
              </p>
              <Markdown>{m.content}</Markdown>
            </div>
          ))}
        </details>
      ))}
    </>
  );
}
