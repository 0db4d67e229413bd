/**
 * Initial parameters, drawn from a seeded generator through lib/sim's drawWeights:
 *   pytorch-uniform  cell weights and biases ~ U(-1/√H, 1/√H) as torch.nn does (lstm and rnn
 *                    bias = b_ih + b_hh, the sum of two draws); the default
 *   irnn             W_hh = I, biases 0, input weights Glorot-uniform (Le, Jaitly & Hinton 2015)
 * The lstm adds `forgetBias` to its f-gate biases (1 by default: Jozefowicz et al. 2015; Gers
 * et al. 2000 also start the forget gate open). The read-out is nn.Linear's U(-1/√H, 1/√H).
 */
import { drawWeights } from "../init";
import type { Rng } from "../rng";
import { gateBlocks, setWeights, type Model } from "./model";

export type TrainInit = "pytorch-uniform" | "irnn";

export function initialise(m: Model, init: TrainInit, rng: Rng, forgetBias: number): void {
  const { cell, hiddenSize: H, inputSize: I } = m.config;
  const gru = cell === "gru";
  const w = drawWeights(
    init === "irnn" ? "scaled-identity" : "pytorch-uniform",
    gateBlocks(cell),
    H,
    I,
    rng,
    1,
    gru,
  );
  setWeights(m, { ...w, bias: w.biasIH }, gru ? w.biasHH : undefined);
  if (cell === "lstm") {
    const fb = m.layout.b + H;
    for (let u = 0; u < H; u++) m.theta[fb + u] = m.theta[fb + u]! + forgetBias;
  }
  const k = 1 / Math.sqrt(H);
  for (let i = m.layout.wOut; i < m.layout.size; i++) m.theta[i] = rng.uniformIn(-k, k);
}
