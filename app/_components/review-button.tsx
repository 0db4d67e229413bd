"use client";

import { startReviewAction } from "@/app/(learner)/review/actions";
import { ActionButton } from "./ui/ActionButton";

export function ReviewButton({ questionId, label }: { questionId: string; label: string }) {
  return (
    <ActionButton
      action={startReviewAction}
      hidden={{ questionId }}
      label="Review"
      accessibleName={label}
    />
  );
}
