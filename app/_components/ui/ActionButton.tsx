"use client";

import { HiddenFields } from "./HiddenFields";
import { useFormState, type FormAction } from "./useFormState";

/** One button that runs a server action (open a lesson, start a review); its error below it. */
export function ActionButton({
  action,
  hidden,
  label,
  pendingLabel = "Opening…",
  accessibleName,
  onSubmit,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** When the visible label ("Review") needs more words to be told apart from its neighbours. */
  accessibleName?: string;
  /** Runs in the browser just before the action is sent. */
  onSubmit?: () => void;
}) {
  const { state, run, pending } = useFormState(action);
  return (
    <form action={run} onSubmit={onSubmit}>
      <HiddenFields values={hidden} />
      <button type="submit" disabled={pending} aria-label={accessibleName}>
        {pending ? pendingLabel : label}
      </button>
      {state.message && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
