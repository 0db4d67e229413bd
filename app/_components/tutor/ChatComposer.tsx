"use client";

import { useState } from "react";
import { MAX_MESSAGE_CHARS } from "@/lib/contracts/tutor-limits";
import styles from "./tutor.module.css";

/** The message box: Enter sends, Shift+Enter breaks the line; Stop while a reply streams. */
export function ChatComposer({
  busy,
  onSend,
  onStop,
}: {
  busy: boolean;
  onSend: (message: string, onAccepted: () => void) => void;
  onStop: () => void;
}) {
  const [draft, setDraft] = useState("");
  const send = () => onSend(draft, () => setDraft(""));
  return (
    <form
      className={styles.composer}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor="tutor-message" className="visually-hidden">
        Message to the tutor
      </label>
      <textarea
        id="tutor-message"
        rows={2}
        value={draft}
        maxLength={MAX_MESSAGE_CHARS}
        placeholder="Ask the tutor…"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !event.shiftKey) {
            event.preventDefault();
            send();
          }
        }}
      />
      <div className={styles.composerActions}>
        <span className="muted" aria-live="off">
          {draft.length}/{MAX_MESSAGE_CHARS}
        </span>
        {busy ? (
          <button type="button" className="secondary" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" disabled={draft.trim() === ""}>
            Send
          </button>
        )}
      </div>
    </form>
  );
}
