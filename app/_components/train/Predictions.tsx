"use client";
import Link from "next/link";
import type { TrainPredictionView } from "@/lib/contracts/predictions";
import { outcomeSentences, predictedText } from "./prediction-text";
import { TRAIN_MODELS, type TrainModelId } from "./train-protocol";
import type { ModelHistory } from "./useTrainer";
import styles from "./train.module.css";

interface PredictionsProps {
  lag: number;
  /** The boxes the learner is ticking, before committing. */
  draft: ReadonlySet<TrainModelId>;
  onChange: (next: Set<TrainModelId>) => void;
  /** The committed prediction for these settings (stored, or page-only without a session). */
  committed: TrainPredictionView | null;
  onCommit: () => void;
  onPredictAgain: () => void;
  /** Training has started: the prediction is fixed so it can be compared with what happens. */
  started: boolean;
  running: boolean;
  signedIn: boolean;
  error: string | null;
  history: readonly ModelHistory[];
}

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function liveOutcome(history: readonly ModelHistory[], id: TrainModelId): string {
  const h = history.find((m) => m.id === id)?.latest;
  if (h?.solvedAt != null) return `solved at ${h.solvedAt}`;
  return h?.done ? "did not solve" : "not solved yet";
}

/**
 * "Predict before you run": which models will solve this lag? Committed before training, stored
 * with the learner's progress (in the page only without a session) and compared with the run.
 */
export function Predictions(props: PredictionsProps) {
  const { lag, draft, committed, started, history } = props;
  const chosen = committed ? new Set(committed.predicted) : draft;
  const locked = started || committed !== null;
  function toggle(id: TrainModelId, on: boolean) {
    const next = new Set(draft);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  }
  return (
    <div className={styles.predictBox}>
      <fieldset className={styles.predict}>
        <legend>Predict first: which will solve lag {lag}?</legend>
        {TRAIN_MODELS.map(({ id, label }) => (
          <label key={id} className={styles.predictItem}>
            <input
              type="checkbox"
              checked={chosen.has(id)}
              disabled={locked}
              onChange={(e) => toggle(id, e.currentTarget.checked)}
            />
            {label}
            {started && (
              <span className="muted" data-testid={`outcome-${id}`}>
                {" "}
                — you said {chosen.has(id) ? "yes" : "no"}; {liveOutcome(history, id)}
              </span>
            )}
          </label>
        ))}
      </fieldset>
      {!committed && !started && (
        <p>
          <button type="button" className="secondary" onClick={props.onCommit}>
            Commit prediction
          </button>{" "}
          <span className="muted">Start commits what is ticked if you have not.</span>
        </p>
      )}
      {committed && !committed.outcome && (
        <p data-testid="prediction-status">
          You predicted {predictedText(committed)} would solve it (committed{" "}
          {when(committed.createdAt)}).{" "}
          {started ? "The result is kept when the run ends." : "Start to see if you were right."}
        </p>
      )}
      {committed?.outcome && (
        <div data-testid="prediction-result">
          <ul className={styles.predictResult}>
            {outcomeSentences(committed.predicted, committed.outcome, lag).map((s) => (
              <li key={s.id} data-right={s.right}>
                {s.text} <strong>{s.right ? "Right." : "Not this time."}</strong>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="secondary"
            onClick={props.onPredictAgain}
            disabled={props.running}
          >
            Predict again
          </button>
        </div>
      )}
      {!props.signedIn && (
        <p className="muted" data-testid="prediction-page-only">
          You are not signed in, so your predictions are kept in this page only.{" "}
          <Link href="/sign-in?next=/lab/train">Sign in</Link> or start a lesson as a guest to keep
          them with your progress.
        </p>
      )}
      {props.error && (
        <p role="alert" className="alert">
          Your prediction could not be saved: {props.error}
        </p>
      )}
    </div>
  );
}
