import { getLesson, getQuestion } from "@/lib/content";
import { EXPLORATION_MAX_MOVES, EXPLORATION_SETTLE_MS } from "@/lib/contracts/exploration";
import type { ExplorationRecord as Rows } from "@/lib/services/learner/exploration";
import { formatDateTime } from "../ui/format";
import { ExplorationTimeline } from "./ExplorationTimeline";

const titleOf = (questionId: string) =>
  getQuestion(questionId)?.title ?? "A question no longer in the bank";

/** Tries grouped by question, in the order their latest try was made (the record is newest first). */
function byQuestion(record: Rows) {
  const groups = new Map<string, Rows>();
  for (const row of record)
    groups.set(row.questionId, [...(groups.get(row.questionId) ?? []), row]);
  return [...groups.entries()].map(([questionId, tries]) => ({
    questionId,
    lessonId: tries[0]?.lessonId ?? "",
    tries: [...tries].reverse(),
  }));
}

/** The learner's own record: per question, the slider moves before each try. */
export function ExplorationRecord({ record }: { record: Rows }) {
  return (
    <>
      <p className="muted">
        While a question is open, moving a slider of the lesson&apos;s plot is recorded once the
        slider has been still for {EXPLORATION_SETTLE_MS / 1000} s (the latest{" "}
        {EXPLORATION_MAX_MOVES} moves of a try), with the time since the question was shown, and
        saved with your answer. The instructors of your classes can replay it.
      </p>
      {record.length === 0 ? (
        <p data-testid="exploration-empty">Nothing recorded.</p>
      ) : (
        <ul data-testid="exploration-record">
          {byQuestion(record).map((q) => (
            <li key={q.questionId}>
              <strong>{titleOf(q.questionId)}</strong>{" "}
              <span className="muted">({getLesson(q.lessonId)?.title ?? q.lessonId})</span>
              <ul>
                {q.tries.map((t) => (
                  <li key={t.answerId}>
                    Try {t.tryNumber} ({t.correct ? "right" : "wrong"},{" "}
                    {formatDateTime(t.createdAt)}):{" "}
                    <ExplorationTimeline
                      questionId={q.questionId}
                      moves={t.moves}
                      answeredAtMs={t.timeTakenMs}
                    />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
