import styles from "@/app/_components/quiz/quiz.module.css";

/** "Review 3 of 12 · 2 done" and a bar that fills as the session's questions are done. */
export function SessionProgress({
  position,
  total,
  reviewed,
}: {
  position: number | null;
  total: number;
  reviewed: number;
}) {
  return (
    <div className={styles.progress} data-testid="review-session-progress">
      <span id="review-session-label">
        {position === null ? `${reviewed} of ${total} reviewed` : `Review ${position} of ${total}`}{" "}
        · {reviewed} done
      </span>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby="review-session-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
      >
        <div
          className={styles.progressFill}
          style={{ width: `${(100 * reviewed) / Math.max(1, total)}%` }}
        />
      </div>
    </div>
  );
}
