/**
 * Named weight initialisations, drawn from an explicit seeded generator.
 *   pytorch-uniform  every weight and bias ~ U(-1/√H, 1/√H), as torch.nn.RNN/LSTM/GRU do
 *                    (LSTM/RNN bias = b_ih + b_hh, the sum of two such draws)
 *   glorot           Glorot & Bengio 2010 uniform per gate block, biases 0
 *   orthogonal       each H x H recurrent gate block Haar-orthogonal (Saxe et al. 2014),
 *                    input weights glorot, biases 0
 *   scaled-identity  recurrent gate blocks = identity (Le, Jaitly & Hinton 2015, IRNN),
 *                    input weights glorot, biases 0
 * `scale` multiplies the recurrent weights W_hh afterwards, whatever the scheme.
 * Draw order is fixed: weightIH, weightHH, then biases, row by row.
 */
import { identity, randomOrthogonal } from "./linalg";
import type { Rng } from "./rng";

export const INIT_NAMES = ["pytorch-uniform", "glorot", "orthogonal", "scaled-identity"] as const;
export type InitName = (typeof INIT_NAMES)[number];

export interface DrawnWeights {
  weightIH: Float64Array;
  weightHH: Float64Array;
  /** For rnn/lstm: the summed bias (G*H). For gru: b_ih. */
  biasIH: Float64Array;
  /** For gru: b_hh. For rnn/lstm: zeros (already folded into biasIH). */
  biasHH: Float64Array;
}

/** gates = number of stacked H-row blocks (1 rnn, 4 lstm, 3 gru). */
export function drawWeights(
  init: InitName,
  gates: number,
  H: number,
  I: number,
  rng: Rng,
  scale = 1,
  separateBiases = false,
): DrawnWeights {
  const rows = gates * H;
  const weightIH = new Float64Array(rows * I);
  const weightHH = new Float64Array(rows * H);
  const biasIH = new Float64Array(rows);
  const biasHH = new Float64Array(rows);
  const fill = (m: Float64Array, bound: number) => {
    for (let i = 0; i < m.length; i++) m[i] = rng.uniformIn(-bound, bound);
  };
  if (init === "pytorch-uniform") {
    const k = 1 / Math.sqrt(H);
    fill(weightIH, k);
    fill(weightHH, k);
    fill(biasIH, k);
    fill(biasHH, k);
    if (!separateBiases) {
      for (let i = 0; i < rows; i++) biasIH[i] = biasIH[i]! + biasHH[i]!;
      biasHH.fill(0);
    }
  } else {
    fill(weightIH, Math.sqrt(6 / (I + H)));
    if (init === "glorot") fill(weightHH, Math.sqrt(6 / (2 * H)));
    for (let g = 0; g < gates && init !== "glorot"; g++) {
      const block = init === "orthogonal" ? randomOrthogonal(H, rng) : identity(H);
      weightHH.set(block, g * H * H);
    }
  }
  if (scale !== 1) for (let i = 0; i < weightHH.length; i++) weightHH[i] = weightHH[i]! * scale;
  return { weightIH, weightHH, biasIH, biasHH };
}
