"use client";

import { lazy, Suspense } from "react";
import { ChatComposer } from "./ChatComposer";
import { preloadMarkdown } from "../lazy-markdown";
import type { ChatTurn } from "./types";
import { preloadTutorStream, useTutorChat } from "./useTutorChat";
import styles from "./tutor.module.css";

/*
 * A message brings the glossary and a question's plot with it; a lesson's chat opens empty, so
 * they load with the first message (or as the learner comes to the chat), not with the page.
 */
const loadChatMessage = () => import("./ChatMessage");
const ChatMessage = lazy(() =>
  loadChatMessage().then((module) => ({ default: module.ChatMessage })),
);

/** Someone about to ask gets what the reply needs in time for it. */
function preloadReplyCode() {
  preloadMarkdown();
  preloadTutorStream();
  void loadChatMessage();
}

interface Props {
  lessonId?: string;
  initialTurns?: ChatTurn[];
  initialConversationId?: string;
  /** Shown as a heading above the chat. */
  title?: string;
}

/**
 * The tutor chat: replies stream in (server-sent events) and can be stopped; markdown and TeX
 * are rendered, raw HTML is not (react-markdown escapes it), so nothing in a message can run.
 */
export function TutorChat({
  lessonId,
  initialTurns = [],
  initialConversationId,
  title = "Ask the tutor",
}: Props) {
  const chat = useTutorChat({
    ...(lessonId ? { lessonId } : {}),
    initialTurns,
    ...(initialConversationId ? { initialConversationId } : {}),
  });
  return (
    <section
      className={styles.chat}
      aria-labelledby="tutor-heading"
      onFocus={preloadReplyCode}
      onPointerEnter={preloadReplyCode}
    >
      <h2 id="tutor-heading">{title}</h2>
      <ol className={styles.log} aria-live="polite" aria-busy={chat.busy} data-testid="tutor-log">
        {chat.turns.length === 0 && (
          <li className="muted">
            Ask about the lesson (“why does the gradient vanish?”), for a hint on the question you
            are on, “quiz me on clipping”, or “what if the forget bias is 3 over 200 steps?”.
          </li>
        )}
        <Suspense>
          {chat.turns.map((turn) => (
            <ChatMessage key={turn.id} turn={turn} />
          ))}
        </Suspense>
      </ol>
      {chat.error && (
        <p role="alert" className="alert">
          {chat.error}
        </p>
      )}
      <ChatComposer
        busy={chat.busy}
        onSend={(message, onAccepted) => void chat.send(message, onAccepted)}
        onStop={chat.stop}
      />
    </section>
  );
}
