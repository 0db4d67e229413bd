"use client";

import { useActionState } from "react";
import { startReviewAction } from "@/app/(learner)/review/actions";

export function ReviewButton({ questionId, label }: { questionId: string; label: string }) {
  const [state, action, pending] = useActionState(startReviewAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" disabled={pending} aria-label={label}>
        {pending ? "Opening…" : "Review"}
      </button>
      {state.message && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
