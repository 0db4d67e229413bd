"use client";
import { TRAIN_MODELS, type TrainModelId } from "./train-protocol";
import type { ModelHistory } from "./useTrainer";
import styles from "./train.module.css";

interface PredictionsProps {
  lag: number;
  predicted: ReadonlySet<TrainModelId>;
  onChange: (next: Set<TrainModelId>) => void;
  /** After Start the prediction is fixed, so it can be compared with what happened. */
  locked: boolean;
  history: readonly ModelHistory[];
}

/** "Predict before you run": which models will solve this lag? Kept in the page only. */
export function Predictions({ lag, predicted, onChange, locked, history }: PredictionsProps) {
  function toggle(id: TrainModelId, on: boolean) {
    const next = new Set(predicted);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  }
  return (
    <fieldset className={styles.predict}>
      <legend>Predict first: which will solve lag {lag}?</legend>
      {TRAIN_MODELS.map(({ id, label }) => {
        const h = history.find((m) => m.id === id)?.latest;
        const outcome = !locked
          ? ""
          : h?.solvedAt != null
            ? `solved at ${h.solvedAt}`
            : h?.done
              ? "did not solve"
              : "not solved yet";
        return (
          <label key={id} className={styles.predictItem}>
            <input
              type="checkbox"
              checked={predicted.has(id)}
              disabled={locked}
              onChange={(e) => toggle(id, e.currentTarget.checked)}
            />
            {label}
            {locked && (
              <span className="muted" data-testid={`outcome-${id}`}>
                {" "}
                — you said {predicted.has(id) ? "yes" : "no"}; {outcome}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
