"use client";

import { useActionState } from "react";
import { startLessonAction } from "@/app/(auth)/actions";

export function StartLessonButton({ lessonId, label }: { lessonId: string; label: string }) {
  const [state, action, pending] = useActionState(startLessonAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="lessonId" value={lessonId} />
      <button type="submit" disabled={pending}>
        {pending ? "Opening…" : label}
      </button>
      {state.message && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
