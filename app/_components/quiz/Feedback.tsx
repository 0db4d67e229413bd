"use client";

import type { AnswerOutcome } from "@/lib/db/quiz";
import type { PublicQuestion } from "@/lib/learning/grading";
import { GlossaryLinks } from "../glossary-links";
import { Markdown } from "../markdown";
import { QuestionRunPlot } from "./QuestionRunPlot";
import styles from "./quiz.module.css";

/** What the learner sees after a try: verdict, feedback, and once finished the explanation. */
export function Feedback({
  outcome,
  question,
}: {
  outcome: AnswerOutcome;
  question: PublicQuestion;
}) {
  const verdict = outcome.correct
    ? "Correct."
    : outcome.finished
      ? "Not quite, and that was the last try."
      : `Not quite. ${outcome.triesLeft} ${outcome.triesLeft === 1 ? "try" : "tries"} left.`;
  const solution = outcome.solution;
  return (
    <section
      aria-live="polite"
      aria-labelledby="feedback-heading"
      className={`${styles.feedback} ${outcome.correct ? styles.correct : styles.wrong}`}
      data-testid="feedback"
    >
      <h3 id="feedback-heading">{verdict}</h3>
      {outcome.answeredElsewhere && (
        <p data-testid="answered-elsewhere">
          This try was already answered (in another tab or window, or by an earlier send). That
          answer is the one that counts; this one was not stored.
        </p>
      )}
      <p className="muted">
        Credit for this try: {Math.round(outcome.score * 100)}%
        {outcome.fraction > 0 &&
          outcome.fraction < 1 &&
          ` (partly right: ${Math.round(outcome.fraction * 100)}%)`}
      </p>
      <Markdown>{outcome.feedback}</Markdown>
      {outcome.missingIdeas && outcome.missingIdeas.length > 0 && (
        <>
          <p>Ideas your answer did not mention yet:</p>
          <ul>
            {outcome.missingIdeas.map((idea) => (
              <li key={idea}>{idea}</li>
            ))}
          </ul>
        </>
      )}
      {solution && (
        <div>
          <h4>Explanation</h4>
          {solution.correctOptionIds && question.options && (
            <p>
              Answer:{" "}
              {question.options
                .filter((o) => solution.correctOptionIds?.includes(o.id))
                .map((o) => o.text)
                .join("; ")}
            </p>
          )}
          {solution.value !== undefined && (
            <p>
              Answer: {formatNumber(solution.value)}
              {question.unit ? ` ${question.unit}` : ""}
            </p>
          )}
          {solution.correctOrder && question.items && (
            <ol>
              {solution.correctOrder.map((id) => (
                <li key={id}>{question.items?.find((i) => i.id === id)?.text ?? id}</li>
              ))}
            </ol>
          )}
          {solution.modelAnswer && <Markdown>{`A model answer: ${solution.modelAnswer}`}</Markdown>}
          <Markdown>{solution.explanation}</Markdown>
          <GlossaryLinks text={`${outcome.feedback}\n${solution.explanation}`} />
          {solution.observed && <p>{solution.observed}</p>}
          {solution.run && (
            <QuestionRunPlot scenarioId={solution.run.scenarioId} params={solution.run.params} />
          )}
        </div>
      )}
    </section>
  );
}

function formatNumber(value: number): string {
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5))
    return value.toExponential(4);
  return String(Number(value.toPrecision(6)));
}
