"use client";

import type { ReactNode } from "react";
import { CREDIT_RULE } from "@/lib/learning/credit";
import { LazyMarkdown as Markdown } from "../lazy-markdown";
import { Feedback } from "./Feedback";
import { QuizActions } from "./QuizActions";
import { QuizHints } from "./QuizHints";
import { ResponseField } from "./ResponseField";
import { QUIZ_FOCUS, type useQuizAttempt } from "./useQuizAttempt";
import styles from "./quiz.module.css";

type Quiz = ReturnType<typeof useQuizAttempt>;

/**
 * The open question: prompt, answer field, hints, the verdict after a try, then the buttons
 * (the verdict comes first so that Tab from it reaches "Try again" or "Next question").
 */
export function QuestionForm({
  quiz,
  position,
  finishedAction,
}: {
  quiz: Quiz;
  position: number;
  /** Replaces "Next question" once the question is finished (a review session's next item). */
  finishedAction?: ReactNode;
}) {
  const { current, draft, setDraft, outcome, hints, pending, error, finished } = quiz;
  if (!current) return null;
  const { question } = current;
  const hasOptions = (question.options?.length ?? 0) > 0;
  return (
    <form
      id={QUIZ_FOCUS.question}
      tabIndex={-1}
      className={styles.question}
      onSubmit={(event) => {
        event.preventDefault();
        void quiz.submit();
      }}
      aria-labelledby="question-heading"
      data-question-id={question.questionId}
    >
      <h3 id="question-heading" className="visually-hidden">
        Question {position}
      </h3>
      <Markdown>{question.prompt}</Markdown>
      {draft && (
        <ResponseField
          question={question}
          draft={draft}
          onChange={setDraft}
          disabled={finished || pending !== null}
        />
      )}
      <QuizHints hints={hints} />
      {error && (
        <p role="alert" className="alert" id={QUIZ_FOCUS.error} tabIndex={-1}>
          {error}
        </p>
      )}
      {outcome && <Feedback outcome={outcome} question={question} />}
      <QuizActions
        outcome={outcome}
        finished={finished}
        canSubmit={quiz.canSubmit}
        pending={pending}
        hintsShown={hints.length}
        hintCount={current.hintCount}
        onHint={() => void quiz.takeHint()}
        onNext={() => void quiz.next()}
        finishedAction={finishedAction}
      />
      {!outcome && (
        <p className="muted" data-testid="credit-rule">
          {CREDIT_RULE}
        </p>
      )}
      {hasOptions && (
        <p className={`muted ${styles.shortcuts}`} data-testid="quiz-shortcuts">
          Keyboard: <kbd>1</kbd>–<kbd>9</kbd> choose an option, <kbd>Enter</kbd> submits.
        </p>
      )}
    </form>
  );
}
