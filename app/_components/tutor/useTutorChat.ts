"use client";

import { useCallback, useRef, useState } from "react";
import type { DialogueState, HistoryTurn, TutorTurnInput } from "@/lib/contracts/tutor";
import { HISTORY_TURN_MAX_CHARS, MAX_MESSAGE_CHARS } from "@/lib/contracts/tutor-limits";
import { useCurrentPlot } from "../plot/current-plot";
import type { ChatTurn } from "./types";

/*
 * The stream reader parses every event with the tutor contract (zod): loaded with the first
 * message, or when the learner points at or focuses the chat (preloadTutorStream), it stays out
 * of the first load of every lesson page, where the chat opens empty.
 */
const loadStream = () => import("./stream");

export function preloadTutorStream(): void {
  void loadStream();
}

/** Turns kept as history per request: the latest, well under the contract's maximum. */
const HISTORY_SENT = 20;

/** What the learner is looking at: the question on screen and the plot's parameters in the URL. */
function screenContext(lessonId: string | undefined): Partial<TutorTurnInput> {
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

function historyOf(turns: readonly ChatTurn[]): HistoryTurn[] {
  return turns
    .filter((t) => !t.error && !t.partial)
    .slice(-HISTORY_SENT)
    .map((t) => ({
      role: t.role,
      content: t.content.slice(0, HISTORY_TURN_MAX_CHARS),
      ...(t.quiz ? { quiz: t.quiz } : {}),
    }));
}

/** The chat's turns and one message at a time: send (streamed in), stop, and the last error. */
export function useTutorChat(options: {
  lessonId?: string;
  initialTurns: ChatTurn[];
  initialConversationId?: string;
}) {
  const { lessonId } = options;
  const [turns, setTurns] = useState<ChatTurn[]>(options.initialTurns);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conversationId = useRef(options.initialConversationId);
  // The last reply's state, sent back with the next message (a saved conversation's own wins).
  const dialogue = useRef<DialogueState | undefined>(undefined);
  const plot = useCurrentPlot();
  const abort = useRef<AbortController | null>(null);

  const update = (id: string, change: Partial<ChatTurn>) =>
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const send = useCallback(
    async (message: string, onAccepted?: () => void) => {
      const text = message.trim();
      if (!text || busy) return;
      if (text.length > MAX_MESSAGE_CHARS) {
        setError(`Messages are limited to ${MAX_MESSAGE_CHARS.toLocaleString()} characters.`);
        return;
      }
      setError(null);
      const clientMessageId = crypto.randomUUID();
      const replyId = `${clientMessageId}-reply`;
      const body: TutorTurnInput = {
        message: text,
        history: historyOf(turns),
        clientMessageId,
        ...(conversationId.current ? { conversationId: conversationId.current } : {}),
        ...(dialogue.current ? { state: dialogue.current } : {}),
        ...(plot ? { plot } : {}),
        ...screenContext(lessonId),
      };
      setTurns((all) => [
        ...all,
        { id: clientMessageId, role: "user", content: text },
        { id: replyId, role: "assistant", content: "", partial: true },
      ]);
      onAccepted?.();
      setBusy(true);
      const controller = new AbortController();
      abort.current = controller;
      try {
        const { streamTurn } = await loadStream();
        const events = streamTurn(body, controller.signal);
        let streamed = "";
        for (;;) {
          const step = await events.next();
          if (step.done) {
            const result = step.value;
            if (result.conversationId) conversationId.current = result.conversationId;
            dialogue.current = result.state;
            update(replyId, {
              content: result.reply,
              citations: result.citations,
              ...(result.plot ? { plot: result.plot } : {}),
              ...(result.quiz ? { quiz: result.quiz } : {}),
              ...(result.notice !== undefined ? { notice: result.notice } : {}),
              partial: false,
            });
            break;
          }
          streamed += step.value;
          update(replyId, { content: streamed });
        }
      } catch (e) {
        if (controller.signal.aborted) update(replyId, { partial: false, notice: "Stopped." });
        else
          update(replyId, {
            partial: false,
            error: true,
            content: e instanceof Error ? e.message : "The tutor failed.",
          });
      } finally {
        setBusy(false);
        abort.current = null;
      }
    },
    [busy, lessonId, plot, turns],
  );

  const stop = useCallback(() => abort.current?.abort(), []);
  return { turns, busy, error, send, stop };
}
