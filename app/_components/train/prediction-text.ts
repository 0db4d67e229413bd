import type { PredictionOutcome, TrainPredictionView } from "@/lib/contracts/predictions";
import { TASK_LABELS, type TrainParams } from "./train-params";
import { TRAIN_MODELS, type TrainModelId } from "./train-protocol";

const labelOf = (id: TrainModelId) => TRAIN_MODELS.find((m) => m.id === id)?.label ?? id;

/** Whether a prediction is about exactly these settings (a prediction holds for one run). */
export function sameSettings(a: TrainParams, b: TrainParams): boolean {
  return (Object.keys(a) as (keyof TrainParams)[]).every((k) => a[k] === b[k]);
}

/** "You predicted the RNN (tanh) would solve lag 50; it did not." One sentence per model. */
export function outcomeSentences(
  predicted: readonly TrainModelId[],
  outcome: PredictionOutcome,
  lag: number,
): { id: TrainModelId; text: string; right: boolean }[] {
  return TRAIN_MODELS.map(({ id }) => {
    const said = predicted.includes(id);
    const at = outcome.solvedAt[id];
    const did = at !== null;
    const result = did
      ? `it did, at iteration ${at}`
      : `it did not in ${outcome.iterations} iterations`;
    return {
      id,
      right: said === did,
      text: `You predicted the ${labelOf(id)} would ${said ? "" : "not "}solve lag ${lag}; ${result}.`,
    };
  });
}

/** "Adding problem, lag 50 (hidden 16, learning rate 0.01, seed 1, forget bias 1, 2000 iterations)". */
export function settingsText(s: TrainParams): string {
  return (
    `${TASK_LABELS[s.task]}, lag ${s.lag} (hidden ${s.hidden}, learning rate ${s.lr}, ` +
    `seed ${s.seed}, forget bias ${s.forgetBias}, ${s.iterations} iterations)`
  );
}

/** "LSTM and GRU", or "none of them". */
export function predictedText(p: TrainPredictionView): string {
  if (p.predicted.length === 0) return "none of them";
  const names = TRAIN_MODELS.filter((m) => p.predicted.includes(m.id)).map((m) => m.label);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
