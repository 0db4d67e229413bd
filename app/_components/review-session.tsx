"use client";

import { startTransition, useEffect } from "react";
import { nextReviewAction, startReviewSessionAction } from "@/app/(learner)/review/actions";
import { requestQuizFocus, takeQuizFocusRequest } from "./quiz/focus-request";
import { ActionButton } from "./ui/ActionButton";
import { useFormState } from "./ui/useFormState";

/** "Start reviewing": the question that opens next takes keyboard focus. */
export function StartReviewingButton() {
  return (
    <ActionButton
      action={startReviewSessionAction}
      hidden={{}}
      label="Start reviewing"
      onSubmit={requestQuizFocus}
    />
  );
}

/**
 * "Next review (3 of 12)". A plain button, not a form: it sits inside the finished question's
 * form, and forms cannot nest.
 */
export function NextReviewButton({ since, label }: { since: string; label: string }) {
  const { state, run, pending } = useFormState(nextReviewAction);
  return (
    <>
      <button
        id="next-review"
        type="button"
        disabled={pending}
        onClick={() => {
          requestQuizFocus();
          const data = new FormData();
          data.set("since", since);
          startTransition(() => run(data));
        }}
      >
        {pending ? "Opening…" : label}
      </button>
      {state.message && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </>
  );
}

/** Takes the focus the previous page asked for (see focus-request) onto the element `id`. */
export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    if (takeQuizFocusRequest()) document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
