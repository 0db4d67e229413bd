import type { AttemptView } from "@/lib/contracts/quiz";
import styles from "./quiz.module.css";

/** "Question 2 of 5 · 1 done" and the bar that fills as questions are done. */
export function QuizProgress({ view }: { view: AttemptView }) {
  const total = view.questions.length;
  const done = view.questions.filter((q) => q.status === "correct" || q.status === "missed").length;
  const current = view.current;
  return (
    <div className={styles.progress}>
      <span id="quiz-progress-label">
        {current ? `Question ${questionPosition(view)} of ${total}` : "All questions answered"} ·{" "}
        {done} done
      </span>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby="quiz-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div
          className={styles.progressFill}
          style={{ width: `${(100 * done) / Math.max(1, total)}%` }}
        />
      </div>
    </div>
  );
}

/** 1-based position of the current question in the attempt. */
export function questionPosition(view: AttemptView): number {
  const id = view.current?.question.questionId;
  return view.questions.findIndex((q) => q.id === id) + 1;
}
