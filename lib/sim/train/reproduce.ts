/**
 * The multi-seed reproduction behind the README's table: the adding problem at lag 50 is
 * solved by the LSTM and not by the tanh RNN within the same budget (Hochreiter & Schmidhuber
 * 1997; Le, Jaitly & Hinton 2015), while at lag 10 both solve it. Each cell of the table trains
 * one model per seed with the trainer's defaults (Adam, learning rate 0.01, batch 32, no
 * clipping, forget bias 1) and stops a run at its first solved iteration.
 */
import type { ModelName } from "./spec";
import type { TaskId } from "./tasks";
import { createTrainer } from "./trainer";

export interface ReproCell {
  task: TaskId;
  lag: number;
  model: ModelName;
  hidden: number;
  iterations: number;
}

export interface ReproRow extends ReproCell {
  seeds: number[];
  /** Per seed: the iteration it was solved at, or null. */
  solvedAt: (number | null)[];
  solved: number;
  /** Wall-clock seconds for the row. */
  seconds: number;
}

/** Adding problem, hidden 16, 2000 iterations of batch 32 (64 000 fresh sequences). */
export const REPRODUCTION: ReproCell[] = [
  { task: "adding", lag: 10, model: "lstm", hidden: 16, iterations: 2000 },
  { task: "adding", lag: 10, model: "rnn", hidden: 16, iterations: 2000 },
  { task: "adding", lag: 50, model: "lstm", hidden: 16, iterations: 2000 },
  { task: "adding", lag: 50, model: "rnn", hidden: 16, iterations: 2000 },
];

export const DEFAULT_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function solvedAtFor(cell: ReproCell, seed: number): number | null {
  const tr = createTrainer({ ...cell, seed, stopWhenSolved: true });
  let solvedAt: number | null = null;
  for (const p of tr.run()) solvedAt = p.solvedAt;
  return solvedAt;
}

export function reproduceRow(cell: ReproCell, seeds: number[] = DEFAULT_SEEDS): ReproRow {
  const t0 = Date.now();
  const solvedAt = seeds.map((s) => solvedAtFor(cell, s));
  return {
    ...cell,
    seeds,
    solvedAt,
    solved: solvedAt.filter((v) => v !== null).length,
    seconds: (Date.now() - t0) / 1000,
  };
}
