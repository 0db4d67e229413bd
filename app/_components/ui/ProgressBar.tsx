import type { ReactNode } from "react";
import styles from "@/app/_components/quiz/quiz.module.css";

/** A label ("Question 2 of 5 · 1 done") above a bar that fills as `done` reaches `total`. */
export function ProgressBar({
  labelId,
  label,
  done,
  total,
  testId,
}: {
  labelId: string;
  label: ReactNode;
  done: number;
  total: number;
  testId?: string;
}) {
  return (
    <div className={styles.progress} data-testid={testId}>
      <span id={labelId}>{label}</span>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby={labelId}
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
