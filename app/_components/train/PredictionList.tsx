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
              {p.outcome ? <OutcomeSummary prediction={p} /> : "Not run to the end yet."}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How many models did as predicted, then the sentences of those that did not. */
function OutcomeSummary({ prediction }: { prediction: TrainPredictionView }) {
  if (!prediction.outcome) return null;
  const sentences = outcomeSentences(
    prediction.predicted,
    prediction.outcome,
    prediction.settings.lag,
  );
  const right = sentences.filter((s) => s.right).length;
  const misses = sentences.filter((s) => !s.right).map((s) => s.text);
  return (
    <>
      {right} of {sentences.length} as you predicted. {misses.join(" ")}
    </>
  );
}
