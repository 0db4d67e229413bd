"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { AttemptView } from "@/lib/contracts/quiz";
import { takeQuizFocusRequest } from "./focus-request";
import { QuestionForm } from "./QuestionForm";
import { questionPosition, QuizProgress } from "./QuizProgress";
import { QuizSummary } from "./QuizSummary";
import { QUIZ_FOCUS, useQuizAttempt } from "./useQuizAttempt";
import { useQuizShortcuts } from "./useQuizShortcuts";
import styles from "./quiz.module.css";

/**
 * One question at a time, saved as it happens (see useQuizAttempt): progress, then the open
 * question or, at the end, the summary. A review session passes its own progress (its count
 * across questions) and the button that takes the learner on once the question is finished.
 */
export function QuizPanel({
  initialView,
  progress,
  finishedAction,
}: {
  initialView: AttemptView;
  progress?: ReactNode;
  finishedAction?: ReactNode;
}) {
  const quiz = useQuizAttempt(initialView);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Marks the moment keyboard shortcuts and buttons respond (tests wait for it).
    root.current?.setAttribute("data-quiz-ready", "true");
    if (takeQuizFocusRequest()) document.getElementById(QUIZ_FOCUS.question)?.focus();
  }, []);

  useQuizShortcuts({
    question: quiz.current?.question,
    draft: quiz.draft,
    setDraft: quiz.setDraft,
    submit: quiz.submit,
    disabled: quiz.finished || quiz.pending !== null,
  });

  return (
    <div ref={root} className={styles.panel}>
      {progress ?? <QuizProgress view={quiz.view} />}
      {quiz.current ? (
        <QuestionForm
          quiz={quiz}
          position={questionPosition(quiz.view)}
          finishedAction={finishedAction}
        />
      ) : (
        <QuizSummary
          view={quiz.view}
          onRestart={() => void quiz.restart()}
          pending={quiz.pending !== null}
        />
      )}
    </div>
  );
}
