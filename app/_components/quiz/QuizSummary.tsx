import type { AttemptView } from "@/lib/contracts/quiz";
import { formatNumber } from "../ui/format";

/** The end of an attempt: how many were right, the score, and for a lesson a fresh start. */
export function QuizSummary({
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
      <h3 id="summary-heading" tabIndex={-1}>
        {view.kind === "review" ? "Review done" : "Lesson quiz complete"}
      </h3>
      <p>
        {correct} of {view.questions.length} correct · score{" "}
        {formatNumber(view.totalScore, { fractionDigits: 1 })} of {view.questions.length}
      </p>
      {view.kind === "lesson" && (
        <button type="button" onClick={onRestart} disabled={pending}>
          Start again with new numbers
        </button>
      )}
    </section>
  );
}
