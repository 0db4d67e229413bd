"use client";
import { Heatmap, levelSwatchStyle } from "@/lib/plot/charts/Heatmap";
import { CSS_VAR_PALETTE } from "@/lib/plot/palette";
import { TRAIN_MODELS } from "./train-protocol";
import { GRAD_LEVELS, gradLevel } from "./train-result";
import type { ModelHistory } from "./useTrainer";
import styles from "./train.module.css";

/** Smallest ||dL/dh_k|| over the first tenth of the sequence: what reaches the early steps. */
function earliest(norms: readonly number[]): number | null {
  if (norms.length === 0) return null;
  const n = Math.max(1, Math.floor(norms.length / 10));
  return Math.min(...norms.slice(0, n));
}

/**
 * How much gradient reaches each time step on the latest batch: one row per model, one cell
 * per step k, coloured by decade of ||dL/dh_k||. The strip scrolls sideways on a phone.
 */
export function GradientStrip({ history, lag }: { history: readonly ModelHistory[]; lag: number }) {
  const steps = history.find((h) => h.latest)?.latest?.hiddenGradNorms.length ?? 0;
  const columns = Array.from({ length: steps }, (_, k) => String(k));
  const rows = history.map((h) => TRAIN_MODELS.find((m) => m.id === h.id)?.label ?? h.id);
  const values = history.map((h) => (h.latest?.hiddenGradNorms ?? []).map(gradLevel));
  const early = history.map((h) => ({ id: h.id, v: earliest(h.latest?.hiddenGradNorms ?? []) }));
  return (
    <section aria-labelledby="gradient-strip-heading" className={styles.strip}>
      <h2 id="gradient-strip-heading" className={styles.stripHeading}>
        Gradient reaching each step, ‖dL/dh<sub>k</sub>‖ (latest batch)
      </h2>
      {steps === 0 ? (
        <p className="muted">Press Start: the strip fills in after the first batch.</p>
      ) : (
        <>
          <div
            className={styles.stripScroll}
            role="region"
            aria-label="Gradient strip"
            tabIndex={0}
          >
            <Heatmap
              id="gradient-strip"
              title="Gradient reaching each step"
              description={`Rows are models, columns the steps 0 to ${lag}; darker cells get more gradient.`}
              rows={rows}
              columns={columns}
              values={values}
              levelLabels={GRAD_LEVELS}
            />
          </div>
          <ul className={styles.legend} aria-label="Strip levels">
            {GRAD_LEVELS.map((label, level) => (
              <li key={label}>
                <span
                  className={styles.swatch}
                  style={levelSwatchStyle(CSS_VAR_PALETTE, level)}
                  aria-hidden="true"
                />
                {label}
              </li>
            ))}
          </ul>
          <p data-testid="gradient-early">
            Reaching the first steps (smallest over the first tenth):{" "}
            {early
              .map(
                ({ id, v }) =>
                  `${TRAIN_MODELS.find((m) => m.id === id)?.label}: ${v === null ? "—" : v.toExponential(1)}`,
              )
              .join(", ")}
            .
          </p>
        </>
      )}
    </section>
  );
}
