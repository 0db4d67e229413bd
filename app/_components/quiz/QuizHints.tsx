import { LazyMarkdown as Markdown } from "../lazy-markdown";
import { QUIZ_FOCUS } from "./useQuizAttempt";
import styles from "./quiz.module.css";

/** The hints taken so far; the latest can take focus when it arrives. */
export function QuizHints({ hints }: { hints: readonly string[] }) {
  if (hints.length === 0) return null;
  return (
    <section aria-label="Hints">
      <ol className={styles.hints}>
        {hints.map((hint, index) => (
          <li
            key={index}
            data-testid="hint"
            {...(index === hints.length - 1 ? { id: QUIZ_FOCUS.hint, tabIndex: -1 } : {})}
          >
            <Markdown>{hint}</Markdown>
          </li>
        ))}
      </ol>
    </section>
  );
}
