"use client";

import type { AnswerOutcome } from "@/lib/contracts/quiz";
import { MAX_TRIES, tryCeiling } from "@/lib/learning/credit";
import type { PublicQuestion } from "@/lib/learning/grading";
import { GlossaryLinks } from "../glossary-links";
import { LazyMarkdown as Markdown } from "../lazy-markdown";
import { formatNumber, formatPercent } from "../ui/format";
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
  const partly = !outcome.correct && outcome.fraction > 0;
  const start = outcome.correct ? "Correct." : partly ? "Partly right." : "Not quite.";
  const verdict = outcome.correct
    ? start
    : outcome.finished
      ? `${start} That was the last try.`
      : `${start} ${outcome.triesLeft} ${outcome.triesLeft === 1 ? "try" : "tries"} left.`;
  const solution = outcome.solution;
  return (
    <section
      aria-live="polite"
      aria-labelledby="feedback-heading"
      className={`${styles.feedback} ${outcome.correct ? styles.correct : styles.wrong}`}
      data-testid="feedback"
      id="quiz-feedback"
      tabIndex={-1}
    >
      <h3 id="feedback-heading">{verdict}</h3>
      {outcome.answeredElsewhere && (
        <p data-testid="answered-elsewhere">
          This try was already answered (in another tab or window, or by an earlier send). That
          answer is the one that counts; this one was not stored.
        </p>
      )}
      <CreditLine outcome={outcome} />
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
              <Markdown inline>
                {question.options
                  .filter((o) => solution.correctOptionIds?.includes(o.id))
                  .map((o) => o.text)
                  .join("; ")}
              </Markdown>
            </p>
          )}
          {solution.value !== undefined && (
            <p>
              Answer: {formatNumber(solution.value, { significant: 6 })}
              {question.unit ? ` ${question.unit}` : ""}
            </p>
          )}
          {solution.correctOrder && question.items && (
            <ol>
              {solution.correctOrder.map((id) => (
                <li key={id}>
                  <Markdown inline>{question.items?.find((i) => i.id === id)?.text ?? id}</Markdown>
                </li>
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

/**
 * What this try earned and the best so far, which is what counts: a later, lower try (30% on
 * try 3 after 40% on try 2) reads as what it is, not as a loss.
 */
function CreditLine({ outcome }: { outcome: AnswerOutcome }) {
  const best = Math.max(outcome.score, outcome.bestScore ?? outcome.score);
  const ceiling = tryCeiling(outcome.tryNumber);
  const share =
    outcome.fraction > 0 && outcome.fraction < 1
      ? `, ${formatPercent(outcome.fraction)} of it right`
      : "";
  return (
    <p className="muted" data-testid="credit">
      This try (try {outcome.tryNumber} of {MAX_TRIES}, worth up to {formatPercent(ceiling)}
      {share}) earned {formatPercent(outcome.score)}.{" "}
      {best > outcome.score
        ? `Your best try so far earned ${formatPercent(best)}, and that is what counts.`
        : `Best so far: ${formatPercent(best)}.`}
    </p>
  );
}
