import Link from "next/link";
import type { TrainPredictionView } from "@/lib/contracts/predictions";
import { outcomeSentences, predictedText, settingsText } from "./prediction-text";
import { trainParamsToSearch } from "./train-params";

/** The progress page's section: the learner's training-lab predictions and how they turned out. */
export function PredictionList({ predictions }: { predictions: readonly TrainPredictionView[] }) {
  return (
    <section aria-labelledby="predictions-heading" data-testid="train-predictions">
      <h2 id="predictions-heading">Training-lab predictions</h2>
      {predictions.length === 0 ? (
        <p>
          None yet. <Link href="/lab/train">Predict which networks will learn a long lag</Link>,
          then run them.
        </p>
      ) : (
        <ul>
          {predictions.map((p) => (
            <li key={p.id}>
              <Link href={`/lab/train${trainParamsToSearch(p.settings)}`}>
                {settingsText(p.settings)}
              </Link>
              , {p.createdAt.slice(0, 10)}: you predicted {predictedText(p)} would solve it.{" "}
              {p.outcome
                ? outcomeSentences(p.predicted, p.outcome, p.settings.lag)
                    .filter((s) => !s.right)
                    .map((s) => s.text)
                    .join(" ") || "Every model did as you predicted."
                : "Not run to the end yet."}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
