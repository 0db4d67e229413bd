"use client";

import { startLessonAction } from "@/app/(auth)/actions";
import { requestQuizFocus } from "./quiz/focus-request";
import { ActionButton } from "./ui/ActionButton";

export function StartLessonButton({ lessonId, label }: { lessonId: string; label: string }) {
  return (
    <ActionButton
      action={startLessonAction}
      hidden={{ lessonId }}
      label={label}
      onSubmit={requestQuizFocus}
    />
  );
}
