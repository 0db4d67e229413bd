"use client";

import { startLessonAction } from "@/app/(auth)/actions";
import { requestQuizFocus } from "./quiz/focus-request";
import { ActionButton } from "./ui/ActionButton";

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
  return (
    <ActionButton
      action={startLessonAction}
      hidden={{ lessonId, land }}
      label={label}
      onSubmit={land === "quiz" ? requestQuizFocus : undefined}
    />
  );
}
