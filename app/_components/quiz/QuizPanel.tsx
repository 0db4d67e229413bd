"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AttemptView } from "@/lib/services/attempts/view";
import type { AnswerOutcome } from "@/lib/services/quiz/outcome";
import { CREDIT_RULE } from "@/lib/learning/credit";
import { Markdown } from "../markdown";
import { ApiError, quizApi } from "./api";
import { Feedback } from "./Feedback";
import { emptyDraft, isComplete, ResponseField, toResponse, type Draft } from "./ResponseField";
import { useQuizShortcuts } from "./useQuizShortcuts";
import styles from "./quiz.module.css";

/**
 * One question at a time, saved as it happens: every try and every hint is stored by the API
 * before it shows, so closing the tab and coming back resumes the same question.
 */
export function QuizPanel({ initialView }: { initialView: AttemptView }) {
  const [view, setView] = useState(initialView);
  const current = view.current;
  const [draft, setDraft] = useState<Draft | null>(current ? emptyDraft(current.question) : null);
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(
    current?.lastOutcome ? { ...current.lastOutcome, replayed: true } : null,
  );
  const [hints, setHints] = useState<string[]>(current?.hints ?? []);
  const [pending, setPending] = useState<"answer" | "hint" | "next" | null>(null);
  const [error, setError] = useState<string | null>(null);
  // When the question appeared, for the answer's time taken (set after mount: render stays pure).
  const shownAt = useRef(0);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    shownAt.current = Date.now();
    // Marks the moment keyboard shortcuts and buttons respond (tests wait for it).
    root.current?.setAttribute("data-quiz-ready", "true");
  }, []);
  // The key of the submit in flight: a retry after a network error reuses it, so it counts once.
  const submitKey = useRef<{ body: string; key: string } | null>(null);

  const reset = useCallback((next: AttemptView) => {
    setView(next);
    setDraft(next.current ? emptyDraft(next.current.question) : null);
    // The question may already have tries (another tab): the next submit is the try after them.
    setOutcome(next.current?.lastOutcome ? { ...next.current.lastOutcome, replayed: true } : null);
    setHints(next.current?.hints ?? []);
    setError(null);
    shownAt.current = Date.now();
    submitKey.current = null;
  }, []);

  const finished = outcome?.finished ?? false;
  const canSubmit = !!current && !!draft && isComplete(draft) && !finished && pending === null;

  const submit = useCallback(async () => {
    if (!current || !draft || !canSubmit) return;
    const response = toResponse(draft);
    const body = JSON.stringify({
      q: current.question.questionId,
      response,
      tries: outcome?.tryNumber ?? 0,
    });
    if (submitKey.current?.body !== body) submitKey.current = { body, key: crypto.randomUUID() };
    setPending("answer");
    setError(null);
    try {
      const result = await quizApi.answer({
        attemptId: view.attemptId,
        questionId: current.question.questionId,
        response,
        idempotencyKey: submitKey.current.key,
        timeTakenMs: Math.min(Date.now() - shownAt.current, 86_400_000),
        tryNumber: (outcome?.tryNumber ?? 0) + 1,
      });
      setOutcome(result);
      submitKey.current = null;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Something went wrong; try again.");
    } finally {
      setPending(null);
    }
  }, [canSubmit, current, draft, outcome, view.attemptId]);

  const takeHint = useCallback(async () => {
    if (!current || hints.length >= current.hintCount || pending) return;
    setPending("hint");
    setError(null);
    try {
      const result = await quizApi.hint({
        attemptId: view.attemptId,
        questionId: current.question.questionId,
        hintIndex: hints.length,
      });
      setHints((previous) => [...previous.slice(0, result.hintIndex), result.hint]);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not fetch a hint; try again.");
    } finally {
      setPending(null);
    }
  }, [current, hints.length, pending, view.attemptId]);

  const next = useCallback(async () => {
    setPending("next");
    try {
      reset(await quizApi.view(view.attemptId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not load the next question.");
    } finally {
      setPending(null);
    }
  }, [reset, view.attemptId]);

  const restart = useCallback(async () => {
    setPending("next");
    try {
      reset(await quizApi.start(view.lessonId, true));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not start again.");
    } finally {
      setPending(null);
    }
  }, [reset, view.lessonId]);

  useQuizShortcuts({
    question: current?.question,
    draft,
    setDraft,
    submit,
    disabled: finished || pending !== null,
  });
  useEffect(() => {
    if (finished) document.getElementById("next-question")?.focus();
  }, [finished]);

  const done = view.questions.filter((q) => q.status === "correct" || q.status === "missed").length;
  const position = current
    ? view.questions.findIndex((q) => q.id === current.question.questionId) + 1
    : done;

  return (
    <div ref={root} className={styles.panel}>
      <div className={styles.progress}>
        <span id="quiz-progress-label">
          {current ? `Question ${position} of ${view.questions.length}` : "All questions answered"}{" "}
          · {done} done
        </span>
        <div
          className={styles.progressTrack}
          role="progressbar"
          aria-labelledby="quiz-progress-label"
          aria-valuemin={0}
          aria-valuemax={view.questions.length}
          aria-valuenow={done}
        >
          <div
            className={styles.progressFill}
            style={{ width: `${(100 * done) / Math.max(1, view.questions.length)}%` }}
          />
        </div>
      </div>

      {!current ? (
        <Summary view={view} onRestart={restart} pending={pending !== null} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          aria-labelledby="question-heading"
          data-question-id={current.question.questionId}
        >
          <h3 id="question-heading" className="visually-hidden">
            Question {position}
          </h3>
          <Markdown>{current.question.prompt}</Markdown>
          {draft && (
            <ResponseField
              question={current.question}
              draft={draft}
              onChange={setDraft}
              disabled={finished || pending !== null}
            />
          )}
          {hints.length > 0 && (
            <section aria-label="Hints">
              <ol className={styles.hints}>
                {hints.map((hint, index) => (
                  <li key={index} data-testid="hint">
                    <Markdown>{hint}</Markdown>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <div className={styles.actions}>
            {!finished && (
              <button type="submit" disabled={!canSubmit} aria-busy={pending === "answer"}>
                {pending === "answer"
                  ? "Checking…"
                  : outcome && !outcome.correct
                    ? "Try again"
                    : "Submit answer"}
              </button>
            )}
            {!finished && (
              <button
                type="button"
                className="secondary"
                onClick={() => void takeHint()}
                disabled={hints.length >= current.hintCount || pending !== null}
              >
                {hints.length >= current.hintCount
                  ? "No more hints"
                  : `Show hint ${hints.length + 1} of ${current.hintCount}`}
              </button>
            )}
            {finished && (
              <button
                id="next-question"
                type="button"
                onClick={() => void next()}
                disabled={pending !== null}
              >
                {outcome?.nextQuestionId ? "Next question" : "See my results"}
              </button>
            )}
          </div>
          {!outcome && (
            <p className="muted" data-testid="credit-rule">
              {CREDIT_RULE}
            </p>
          )}
          <p className={`muted ${styles.shortcuts}`}>
            Keyboard: <kbd>1</kbd>–<kbd>9</kbd> choose an option, <kbd>Enter</kbd> submits.
          </p>
          {outcome && <Feedback outcome={outcome} question={current.question} />}
        </form>
      )}
    </div>
  );
}

function Summary({
  view,
  onRestart,
  pending,
}: {
  view: AttemptView;
  onRestart: () => void;
  pending: boolean;
}) {
  const correct = view.questions.filter((q) => q.status === "correct").length;
  return (
    <section aria-labelledby="summary-heading" className="card">
      <h3 id="summary-heading">
        {view.kind === "review" ? "Review done" : "Lesson quiz complete"}
      </h3>
      <p>
        {correct} of {view.questions.length} correct · score {view.totalScore.toFixed(1)} of{" "}
        {view.questions.length}
      </p>
      {view.kind === "lesson" && (
        <button type="button" onClick={onRestart} disabled={pending}>
          Start again with new numbers
        </button>
      )}
    </section>
  );
}
