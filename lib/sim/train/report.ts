/**
 * One whole training run summarised for the CLI and for tests: loss and accuracy curves (means
 * over blocks of `every` iterations), the solved-at iteration and the last batch's gradient
 * profile through time ||dL/dh_k||, k = 0..T.
 */
import { createTrainer } from "./trainer";

export interface TrainReport {
  task: {
    id: string;
    lag: number;
    steps: number;
    chanceLoss: number;
    chanceAccuracy: number;
    solvedWhen: string;
  };
  model: string;
  hidden: number;
  seed: number;
  iterations: number;
  curveEvery: number;
  lossCurve: number[];
  accuracyCurve: number[];
  solvedAt: number | null;
  finalLoss: number;
  finalAccuracy: number;
  /** ||dL/dh_k|| for k = 0..T on the last batch. */
  gradientProfile: number[];
}

export function trainReport(spec: unknown, every?: number): TrainReport {
  const tr = createTrainer(spec);
  const s = tr.spec;
  const block = every ?? Math.max(1, Math.ceil(s.iterations / 100));
  const lossCurve: number[] = [];
  const accuracyCurve: number[] = [];
  let sumL = 0;
  let sumA = 0;
  let n = 0;
  let last = null;
  for (const p of tr.run()) {
    last = p;
    sumL += p.loss;
    sumA += p.accuracy;
    n++;
    if (n === block || p.done) {
      lossCurve.push(sumL / n);
      accuracyCurve.push(sumA / n);
      sumL = sumA = n = 0;
    }
  }
  if (!last) throw new RangeError("no iteration ran");
  const t = tr.task;
  return {
    task: {
      id: t.id,
      lag: t.lag,
      steps: t.steps,
      chanceLoss: t.chanceLoss,
      chanceAccuracy: t.chanceAccuracy,
      solvedWhen: `${t.solved.description}, averaged over the last 10 batches`,
    },
    model: s.model,
    hidden: s.hidden,
    seed: s.seed,
    iterations: last.iteration,
    curveEvery: block,
    lossCurve,
    accuracyCurve,
    solvedAt: last.solvedAt,
    finalLoss: last.recentLoss,
    finalAccuracy: last.recentAccuracy,
    gradientProfile: Array.from(last.hiddenGradNorms),
  };
}
