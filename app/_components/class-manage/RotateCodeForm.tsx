"use client";

import { useEffect, useRef, useState } from "react";
import { FormAlert } from "../ui/FormAlert";
import { useFormState, type FormAction } from "../ui/useFormState";

const EXPIRY = [
  { value: "0", label: "Never" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
] as const;

/**
 * Rotating cannot be undone and locks out whoever has the old code, so it takes two steps: the
 * first button opens a confirmation saying what happens; only "Yes, rotate" sends. Focus goes
 * to the confirmation when it opens and back to the first button when it closes.
 */
export function RotateCodeForm({
  action,
  classId,
  currentCode,
}: {
  action: FormAction;
  classId: string;
  currentCode: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const { state, run, pending } = useFormState(async (previous, data) => {
    const next = await action(previous, data);
    if (!next.message) {
      setConfirming(false);
      opener.current?.focus();
    }
    return next;
  });
  const close = () => {
    setConfirming(false);
    opener.current?.focus();
  };
  return (
    <div>
      <button
        ref={opener}
        type="button"
        aria-expanded={confirming}
        aria-controls="rotate-confirm"
        onClick={() => setConfirming(true)}
      >
        Rotate join code…
      </button>{" "}
      <span role="status" className="muted">
        {state.done && !confirming ? "New code ready. The old code no longer admits anyone." : ""}
      </span>
      {confirming && (
        <form
          action={run}
          id="rotate-confirm"
          className="form card"
          aria-labelledby="rotate-confirm-heading"
          aria-describedby="rotate-confirm-text"
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <h3 id="rotate-confirm-heading" tabIndex={-1} ref={heading}>
            Replace the code {currentCode}?
          </h3>
          <p id="rotate-confirm-text">
            The code {currentCode} and its link stop working as soon as you confirm: anyone who
            types it is told it was replaced and to ask you for the new one. Learners already in the
            class stay in it. Share the new code with whoever has not joined yet.
          </p>
          <FormAlert state={state} />
          <input type="hidden" name="classId" value={classId} />
          <div className="field">
            <label htmlFor="expiresInDays">New code expires</label>
            <select id="expiresInDays" name="expiresInDays" defaultValue="0">
              {EXPIRY.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" disabled={pending}>
              {pending ? "Rotating…" : "Yes, rotate the code"}
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
