"use client";

import { useEffect } from "react";
import type { PublicQuestion } from "@/lib/contracts/quiz";
import type { Draft } from "./ResponseField";

/**
 * Number keys choose (or toggle) the n-th option and Enter submits, unless the learner is typing
 * in a text field, where keys belong to the field.
 */
export function useQuizShortcuts(options: {
  question: PublicQuestion | undefined;
  draft: Draft | null;
  setDraft: (draft: Draft) => void;
  submit: () => Promise<void>;
  disabled: boolean;
}) {
  const { question, draft, setDraft, submit, disabled } = options;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!question || !draft || disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing =
        target?.tagName === "TEXTAREA" ||
        (target?.tagName === "INPUT" && (target as HTMLInputElement).type === "text");
      if (typing) return;
      if (event.key === "Enter" && target?.tagName !== "BUTTON" && target?.tagName !== "A") {
        event.preventDefault();
        void submit();
        return;
      }
      const n = Number(event.key);
      const option = Number.isInteger(n) && n >= 1 ? question.options?.[n - 1] : undefined;
      if (!option) return;
      event.preventDefault();
      if (question.type === "multiple-select") {
        const chosen = new Set(Array.isArray(draft.optionIds) ? (draft.optionIds as string[]) : []);
        if (chosen.has(option.id)) chosen.delete(option.id);
        else chosen.add(option.id);
        setDraft({ ...draft, optionIds: [...chosen] });
      } else {
        setDraft({ ...draft, optionId: option.id });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, draft, setDraft, submit, disabled]);
}
