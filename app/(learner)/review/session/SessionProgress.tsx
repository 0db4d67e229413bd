import { ProgressBar } from "@/app/_components/ui/ProgressBar";

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
  const where =
    position === null ? `${reviewed} of ${total} reviewed` : `Review ${position} of ${total}`;
  return (
    <ProgressBar
      labelId="review-session-label"
      label={`${where} · ${reviewed} done`}
      done={reviewed}
      total={total}
      testId="review-session-progress"
    />
  );
}
