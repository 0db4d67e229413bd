import type { ReactNode } from "react";
import type { AnswerOutcome } from "@/lib/contracts/quiz";
import type { QuizRequestKind } from "./useQuizRequest";
import styles from "./quiz.module.css";

/** Submit / hint while the question is open; "Next question" once it is finished. */
export function QuizActions({
  outcome,
  finished,
  canSubmit,
  pending,
  hintsShown,
  hintCount,
  onHint,
  onNext,
  finishedAction,
}: {
  outcome: AnswerOutcome | null;
  finished: boolean;
  canSubmit: boolean;
  pending: QuizRequestKind | null;
  hintsShown: number;
  hintCount: number;
  onHint: () => void;
  onNext: () => void;
  finishedAction?: ReactNode;
}) {
  if (finished && finishedAction) return <div className={styles.actions}>{finishedAction}</div>;
  if (finished) {
    return (
      <div className={styles.actions}>
        <button id="next-question" type="button" onClick={onNext} disabled={pending !== null}>
          {outcome?.nextQuestionId ? "Next question" : "See my results"}
        </button>
      </div>
    );
  }
  const noMoreHints = hintsShown >= hintCount;
  return (
    <div className={styles.actions}>
      <button type="submit" disabled={!canSubmit} aria-busy={pending === "answer"}>
        {pending === "answer"
          ? "Checking…"
          : outcome && !outcome.correct
            ? "Try again"
            : "Submit answer"}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={onHint}
        disabled={noMoreHints || pending !== null}
      >
        {noMoreHints ? "No more hints" : `Show hint ${hintsShown + 1} of ${hintCount}`}
      </button>
    </div>
  );
}
