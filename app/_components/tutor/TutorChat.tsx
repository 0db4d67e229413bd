"use client";

import Link from "next/link";
import { useCallback, useRef, useState } from "react";
import { GlossaryLinks } from "../glossary-links";
import { Markdown } from "../markdown";
import { MessageBoundary } from "./MessageBoundary";
import { QuestionRunPlot } from "../quiz/QuestionRunPlot";
import { readEvents } from "./sse";
import type { ChatTurn } from "./types";
import styles from "./tutor.module.css";

const MAX_CHARS = 2000;

const asText = (value: unknown): string => (typeof value === "string" ? value : "");

interface Props {
  lessonId?: string;
  initialTurns?: ChatTurn[];
  initialConversationId?: string;
  /** Shown as a heading above the chat. */
  title?: string;
}

/** What the learner is looking at: the question on screen and the plot's parameters in the URL. */
function screenContext(lessonId: string | undefined) {
  const questionId = document.querySelector<HTMLElement>("[data-question-id]")?.dataset.questionId;
  const params: Record<string, string> = {};
  new URLSearchParams(window.location.search).forEach((value, key) => {
    params[key] = value;
  });
  return {
    ...(lessonId ? { lessonId } : {}),
    ...(questionId ? { questionId } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
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
  const [turns, setTurns] = useState<ChatTurn[]>(initialTurns);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conversationId = useRef(initialConversationId);
  const abort = useRef<AbortController | null>(null);

  const update = (id: string, change: Partial<ChatTurn>) =>
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const send = useCallback(
    async (message: string) => {
      const text = message.trim();
      if (!text || busy) return;
      if (text.length > MAX_CHARS) {
        setError(`Messages are limited to ${MAX_CHARS.toLocaleString()} characters.`);
        return;
      }
      setError(null);
      const clientMessageId = crypto.randomUUID();
      const replyId = `${clientMessageId}-reply`;
      const history = turns
        .filter((t) => !t.error && !t.partial)
        .slice(-20)
        .map((t) => ({
          role: t.role,
          content: t.content.slice(0, 4000),
          ...(t.quiz ? { quiz: t.quiz } : {}),
        }));
      setTurns((all) => [
        ...all,
        { id: clientMessageId, role: "user", content: text },
        { id: replyId, role: "assistant", content: "", partial: true },
      ]);
      setDraft("");
      setBusy(true);
      const controller = new AbortController();
      abort.current = controller;
      try {
        const response = await fetch("/api/tutor", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "text/event-stream" },
          body: JSON.stringify({
            message: text,
            history,
            clientMessageId,
            ...(conversationId.current ? { conversationId: conversationId.current } : {}),
            ...screenContext(lessonId),
          }),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          const body = (await response.json().catch(() => ({}))) as { error?: string };
          throw new Error(body.error ?? `The tutor answered ${response.status}.`);
        }
        let streamed = "";
        for await (const { event, data } of readEvents(response.body)) {
          const payload = JSON.parse(data) as Record<string, unknown>;
          if (event === "chunk") {
            streamed += asText(payload.text);
            update(replyId, { content: streamed });
          } else if (event === "done") {
            if (typeof payload.conversationId === "string")
              conversationId.current = payload.conversationId;
            update(replyId, {
              content: asText(payload.reply),
              citations: (payload.citations as ChatTurn["citations"]) ?? [],
              ...(payload.plot ? { plot: payload.plot as ChatTurn["plot"] } : {}),
              ...(payload.quiz ? { quiz: payload.quiz as ChatTurn["quiz"] } : {}),
              ...(typeof payload.notice === "string" ? { notice: payload.notice } : {}),
              partial: false,
            });
          } else if (event === "error") {
            throw new Error(asText(payload.error) || "The tutor failed.");
          }
        }
      } catch (e) {
        if (controller.signal.aborted) {
          update(replyId, { partial: false, notice: "Stopped." });
        } else {
          update(replyId, {
            partial: false,
            error: true,
            content: e instanceof Error ? e.message : "The tutor failed.",
          });
        }
      } finally {
        setBusy(false);
        abort.current = null;
      }
    },
    [busy, lessonId, turns],
  );

  return (
    <section className={styles.chat} aria-labelledby="tutor-heading">
      <h2 id="tutor-heading">{title}</h2>
      <ol className={styles.log} aria-live="polite" aria-busy={busy} data-testid="tutor-log">
        {turns.length === 0 && (
          <li className="muted">
            Ask about the lesson (“why does the gradient vanish?”), for a hint on the question you
            are on, “quiz me on clipping”, or “what if the forget bias is 3 over 200 steps?”.
          </li>
        )}
        {turns.map((turn) => (
          <li
            key={turn.id}
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
            {turn.plot && (
              <QuestionRunPlot scenarioId={turn.plot.scenarioId} params={turn.plot.params} />
            )}
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
        ))}
      </ol>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <form
        className={styles.composer}
        onSubmit={(event) => {
          event.preventDefault();
          void send(draft);
        }}
      >
        <label htmlFor="tutor-message" className="visually-hidden">
          Message to the tutor
        </label>
        <textarea
          id="tutor-message"
          rows={2}
          value={draft}
          maxLength={MAX_CHARS}
          placeholder="Ask the tutor…"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault();
              void send(draft);
            }
          }}
        />
        <div className={styles.composerActions}>
          <span className="muted" aria-live="off">
            {draft.length}/{MAX_CHARS}
          </span>
          {busy ? (
            <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
              Stop
            </button>
          ) : (
            <button type="submit" disabled={draft.trim() === ""}>
              Send
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
