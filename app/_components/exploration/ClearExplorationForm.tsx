"use client";

import { useEffect, useRef, useState } from "react";
import { FormAlert } from "../ui/FormAlert";
import { useFormState, type FormAction } from "../ui/useFormState";

/**
 * Clearing cannot be undone, so it takes two steps: the first button opens a confirmation that
 * says what goes and what stays; only "Yes, clear it" sends. Focus goes to the confirmation
 * when it opens and back to the first button when it closes (Escape or Cancel).
 */
export function ClearExplorationForm({ action, tries }: { action: FormAction; tries: number }) {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const { state, run, pending } = useFormState(action);
  const close = () => {
    setConfirming(false);
    opener.current?.focus();
  };
  return (
    <div>
      <button
        ref={opener}
        type="button"
        className="secondary"
        aria-expanded={confirming}
        aria-controls="clear-exploration-confirm"
        onClick={() => setConfirming(true)}
      >
        Clear my exploration record…
      </button>
      {confirming && (
        <form
          action={run}
          id="clear-exploration-confirm"
          className="form card"
          aria-labelledby="clear-exploration-heading"
          aria-describedby="clear-exploration-text"
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <h3 id="clear-exploration-heading" tabIndex={-1} ref={heading}>
            Clear the slider moves of {tries} {tries === 1 ? "try" : "tries"}?
          </h3>
          <p id="clear-exploration-text">
            The moves are deleted for good, and your instructors no longer see them. Your answers,
            credit and mastery stay as they are. Moves you make from now on are recorded again.
          </p>
          <FormAlert state={state} />
          <input type="hidden" name="confirm" value="clear" />
          <div>
            <button type="submit" disabled={pending}>
              {pending ? "Clearing…" : "Yes, clear it"}
            </button>{" "}
            <button type="button" className="secondary" onClick={close} disabled={pending}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
