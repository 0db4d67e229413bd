import Link from "next/link";
import { GlossaryLinks } from "../glossary-links";
import { LazyMarkdown as Markdown } from "../lazy-markdown";
import { QuestionRunPlot } from "../quiz/QuestionRunPlot";
import { MessageBoundary } from "./MessageBoundary";
import type { ChatTurn } from "./types";
import styles from "./tutor.module.css";

/** One message: its text (markdown, never raw HTML), a plot, the lessons it cites. */
export function ChatMessage({ turn }: { turn: ChatTurn }) {
  return (
    <li
      className={turn.role === "user" ? styles.user : styles.assistant}
      data-role={turn.role}
      data-partial={turn.partial ? "true" : undefined}
    >
      <span className="visually-hidden">{turn.role === "user" ? "You:" : "Tutor:"}</span>
      {turn.error ? (
        <p role="alert" className="field-error">
          {turn.content}
        </p>
      ) : (
        <MessageBoundary text={turn.content}>
          <Markdown>{turn.content || (turn.partial ? "…" : "")}</Markdown>
        </MessageBoundary>
      )}
      {turn.notice && <p className="muted">{turn.notice}</p>}
      {turn.plot && <QuestionRunPlot scenarioId={turn.plot.scenarioId} params={turn.plot.params} />}
      {turn.citations && turn.citations.length > 0 && (
        <p className={styles.citations}>
          Sources:{" "}
          {turn.citations.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ", "}
              <Link href={`/lessons/${c.id}`}>{c.title}</Link>
            </span>
          ))}
        </p>
      )}
      {turn.role === "assistant" && !turn.partial && (
        <GlossaryLinks text={turn.content} label="Glossary" />
      )}
    </li>
  );
}
