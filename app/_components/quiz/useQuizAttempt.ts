"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExplorationMove } from "@/lib/contracts/exploration";
import type { AnswerOutcome, AttemptView } from "@/lib/contracts/quiz";
import { useMoveFocus } from "../ui/useMoveFocus";
import { quizApi } from "./api";
import { emptyDraft, isComplete, toResponse, type Draft } from "./ResponseField";
import { useExplorationLog } from "./useExplorationLog";
import { useQuizRequest } from "./useQuizRequest";

/** Ids the quiz moves focus to: the new question, the verdict, the latest hint, an error. */
export const QUIZ_FOCUS = {
  question: "quiz-question",
  feedback: "quiz-feedback",
  hint: "quiz-latest-hint",
  error: "quiz-error",
} as const;

const replayedOutcome = (view: AttemptView): AnswerOutcome | null =>
  view.current?.lastOutcome ? { ...view.current.lastOutcome, replayed: true } : null;

/**
 * The quiz's state and its four calls (answer, hint, next question, start again). Every try and
 * hint is stored by the API before it shows, so closing the tab resumes the same question.
 */
export function useQuizAttempt(initialView: AttemptView) {
  const [view, setView] = useState(initialView);
  const current = view.current;
  const [draft, setDraft] = useState<Draft | null>(current ? emptyDraft(current.question) : null);
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(replayedOutcome(initialView));
  const [hints, setHints] = useState<string[]>(current?.hints ?? []);
  const { pending, error, setError, run } = useQuizRequest();
  const moveFocus = useMoveFocus();
  // The plot's slider moves while this question is open, sent with each try.
  const exploration = useExplorationLog();
  // When the question appeared, for the answer's time taken (set after mount: render stays pure).
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
    exploration.restart();
  }, [exploration]);
  // The submit in flight: a retry after a network error reuses its key (so it counts once) and
  // its moves (later moves wait for the next try).
  const submitKey = useRef<{ body: string; key: string; moves: ExplorationMove[] } | null>(null);

  const reset = useCallback(
    (next: AttemptView) => {
      setView(next);
      setDraft(next.current ? emptyDraft(next.current.question) : null);
      // The question may already have tries (another tab): the next submit is the try after them.
      setOutcome(replayedOutcome(next));
      setHints(next.current?.hints ?? []);
      setError(null);
      shownAt.current = Date.now();
      exploration.restart();
      submitKey.current = null;
      moveFocus(next.current ? QUIZ_FOCUS.question : "summary-heading");
    },
    [exploration, moveFocus, setError],
  );

  const finished = outcome?.finished ?? false;
  const canSubmit = !!current && !!draft && isComplete(draft) && !finished && pending === null;

  const submit = useCallback(async () => {
    if (!current || !draft || !canSubmit) return;
    const response = toResponse(draft);
    const tries = outcome?.tryNumber ?? 0;
    const body = JSON.stringify({ q: current.question.questionId, response, tries });
    if (submitKey.current?.body !== body)
      submitKey.current = { body, key: crypto.randomUUID(), moves: exploration.take() };
    const { key, moves } = submitKey.current;
    const result = await run("answer", "Something went wrong; try again.", () =>
      quizApi.answer({
        attemptId: view.attemptId,
        questionId: current.question.questionId,
        response,
        idempotencyKey: key,
        timeTakenMs: Math.min(Date.now() - shownAt.current, 86_400_000),
        tryNumber: tries + 1,
        ...(moves.length > 0 ? { exploration: moves } : {}),
      }),
    );
    if (result.ok) {
      setOutcome(result.value);
      submitKey.current = null;
      moveFocus(QUIZ_FOCUS.feedback);
    } else moveFocus(QUIZ_FOCUS.error);
  }, [canSubmit, current, draft, exploration, moveFocus, outcome, run, view.attemptId]);

  const takeHint = useCallback(async () => {
    if (!current || hints.length >= current.hintCount || pending) return;
    const result = await run("hint", "Could not fetch a hint; try again.", () =>
      quizApi.hint({
        attemptId: view.attemptId,
        questionId: current.question.questionId,
        hintIndex: hints.length,
      }),
    );
    if (result.ok) {
      setHints((previous) => [...previous.slice(0, result.value.hintIndex), result.value.hint]);
      moveFocus(QUIZ_FOCUS.hint);
    } else moveFocus(QUIZ_FOCUS.error);
  }, [current, hints.length, moveFocus, pending, run, view.attemptId]);

  const load = useCallback(
    async (fallback: string, call: () => Promise<AttemptView>) => {
      const result = await run("next", fallback, call);
      if (result.ok) reset(result.value);
      else moveFocus(QUIZ_FOCUS.error);
    },
    [moveFocus, reset, run],
  );
  const next = useCallback(
    () => load("Could not load the next question.", () => quizApi.view(view.attemptId)),
    [load, view.attemptId],
  );
  const restart = useCallback(
    () => load("Could not start again.", () => quizApi.start(view.lessonId, true)),
    [load, view.lessonId],
  );

  return {
    view,
    current,
    draft,
    setDraft,
    outcome,
    hints,
    pending,
    error,
    finished,
    canSubmit,
    submit,
    takeHint,
    next,
    restart,
  };
}
