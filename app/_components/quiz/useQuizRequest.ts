"use client";

import { useCallback, useState } from "react";
import { ApiError } from "@/lib/contracts/fetch";

export type QuizRequestKind = "answer" | "hint" | "next";

/**
 * The one pending/error block of the quiz's calls: one call at a time, its kind while in flight
 * (buttons say "Checking…"), and on failure the server's message or `fallback`.
 */
export function useQuizRequest() {
  const [pending, setPending] = useState<QuizRequestKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async <T>(kind: QuizRequestKind, fallback: string, call: () => Promise<T>) => {
      setPending(kind);
      setError(null);
      try {
        return { ok: true as const, value: await call() };
      } catch (e) {
        setError(e instanceof ApiError ? e.message : fallback);
        return { ok: false as const };
      } finally {
        setPending(null);
      }
    },
    [],
  );

  return { pending, error, setError, run };
}
