"use client";

import { useActionState } from "react";
import { startLessonAction } from "@/app/(auth)/actions";

interface StartLessonButtonProps {
  lessonId: string;
  label: string;
  /**
   * Where the lesson opens: its top (the reading, then the simulation, then the quiz) for a
   * new learner, or the quiz when the button sits beside it on the lesson page.
   */
  land?: "top" | "quiz";
}

export function StartLessonButton({ lessonId, label, land = "top" }: StartLessonButtonProps) {
  const [state, action, pending] = useActionState(startLessonAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="land" value={land} />
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
