/** Picks the cell for a parameter set (the interface is in cell-types.ts). */
import { gruCell } from "./gru";
import { lstmCell } from "./lstm";
import { rnnCell } from "./rnn";
import type { Cell } from "./cell-types";
import type { GradientMode, RecurrentParams } from "./types";

export type { Cell, CellForward, CellGrads } from "./cell-types";

/** The cell for a parameter set; `mode` matters only for the LSTM. */
export function createCell(p: RecurrentParams, mode: GradientMode = "full-bptt"): Cell {
  if (p.kind === "rnn") return rnnCell(p);
  if (p.kind === "gru") return gruCell(p);
  return lstmCell(p, mode);
}
