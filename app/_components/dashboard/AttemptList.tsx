import Link from "next/link";
import type { LearnerAttempt } from "@/lib/services/dashboard";
import { getMisconception, getQuestion } from "@/lib/content";
import { ExplorationTimeline } from "../exploration/ExplorationTimeline";
import { Markdown } from "../markdown";
import { formatDateTime, formatNumber, formatParamList, formatSeconds } from "../ui/format";
import { ReplayPlot } from "./ReplayPlot";
import styles from "./dashboard.module.css";
import { numClass, Table } from "../ui/Table";

const titleOf = (questionId: string) =>
  getQuestion(questionId)?.title ?? "A question no longer in the bank";

/** Every attempt with every try; `replay` is the answer whose plot is drawn inline. */
export function AttemptList({
  attempts,
  replay,
  selfHref,
}: {
  attempts: readonly LearnerAttempt[];
  replay: string | null;
  selfHref: string;
}) {
  if (attempts.length === 0) return <p>No attempts yet.</p>;
  return (
    <>
      {attempts.map((a) => (
        <section key={a.id} aria-labelledby={`attempt-${a.id}`}>
          <h3 id={`attempt-${a.id}`}>
            {a.lessonTitle}{" "}
            <span className="muted">
              ({a.kind}, started {formatDateTime(a.startedAt)},{" "}
              {a.completedAt ? `completed ${formatDateTime(a.completedAt)}` : "not completed"})
            </span>
          </h3>
          <Table
            label={`Answers in ${a.lessonTitle}`}
            caption="Answers in this attempt"
            captionClassName="visually-hidden"
            columns={[
              "Question",
              "Answer given",
              "Before answering",
              "Result",
              { label: "Try", numeric: true },
              { label: "Hints", numeric: true },
              { label: "Time", numeric: true },
              "Simulation parameters",
            ]}
          >
            {a.answers.map((ans) => (
              <tr key={ans.id}>
                <th scope="row">
                  {titleOf(ans.questionId)}
                  <div className="muted">
                    <Markdown inline>{ans.prompt}</Markdown>
                  </div>
                </th>
                <td>
                  <Markdown inline>{ans.given}</Markdown>
                </td>
                <td className={styles.timeline}>
                  <ExplorationTimeline
                    questionId={ans.questionId}
                    moves={ans.exploration}
                    answer={ans.given}
                    answeredAtMs={ans.timeTakenMs}
                  />
                </td>
                <td>
                  {ans.correct ? "Correct" : "Wrong"} (
                  {formatNumber(ans.score, { fractionDigits: 2 })})
                  {ans.misconceptions.map((m) => (
                    <div key={m} className="muted">
                      {getMisconception(m)?.label ?? m}
                    </div>
                  ))}
                </td>
                <td className={numClass}>{ans.tryNumber}</td>
                <td className={numClass}>{ans.hintsUsed}</td>
                <td className={numClass}>{formatSeconds(ans.timeTakenMs)}</td>
                <td>
                  {Object.keys(ans.drawnParams).length > 0
                    ? formatParamList(ans.drawnParams)
                    : "none (static question)"}
                  {ans.replay && (
                    <div>
                      <Link
                        href={`${selfHref}?replay=${ans.id}#replay`}
                        aria-label={`Replay plot for ${titleOf(ans.questionId)}, try ${ans.tryNumber}`}
                      >
                        Replay plot
                      </Link>{" "}
                      · <Link href={ans.replay.href}>Open in lab</Link>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </Table>
          {a.answers
            .filter((ans) => ans.id === replay && ans.replay)
            .map((ans) =>
              ans.replay ? (
                <div key={ans.id} id="replay">
                  <h4>
                    Replay: {titleOf(ans.questionId)}, try {ans.tryNumber}
                  </h4>
                  <ReplayPlot {...ans.replay} />
                </div>
              ) : null,
            )}
        </section>
      ))}
    </>
  );
}
