/**
 * The two halves of the RNN-against-LSTM run (why-lstm-solves-vanishing.ts), which depend on
 * the parameters only, not on each other, so two workers compute them at once. They are cut
 * where the work halves, not where the networks part: the LSTM's two 500-step traces take
 * about as long as everything else (the RNN's trace and both per-step panels) together.
 */
import { lstmTraces, rnnTraceAndForward, seededLstm, seededTanhRnn } from "./networks";
import { lstmCell } from "../models/lstm";
import { rnnForwardPrefix } from "../models/rnn";
import { lstmCellStepFactors, rnnStepFactors } from "../step-factors";
import type { PartOutput } from "../scenario-types";
import { BoundedMemo } from "./memo";
import { gaussianInputs } from "./util";

export const I = 4;
/** The per-step panel covers the first steps only (each factor: a Jacobian and about 15 Lanczos steps). */
export const FACTOR_STEPS = 50;

export interface PartValues {
  steps: number;
  forgetBias: number;
  hiddenSize: number;
  seed: number;
}

/** What the captions and panels read from the RNN: its gradient norms and per-step factors. */
interface RnnPart {
  hiddenGradNorms: (number | null)[];
  factors: number[];
}

/**
 * The RNN depends on the seed, the width and the length only: moving the forget-gate bias
 * (the slider this lesson is about) reuses it. A few entries cover going back and forth.
 */
export const rnnPartMemo = new BoundedMemo<RnnPart>(8);

/**
 * The per-step panel reads the first min(T, 50) steps, and the inputs' first steps do not
 * depend on T: moving the length beyond 50 reuses its factors (a hundred Lanczos runs).
 */
const rnnFactorMemo = new BoundedMemo<number[]>(8);
const lstmPanelMemo = new BoundedMemo<{ factors: number[]; meanF: number[] }>(8);

const inputsFor = (v: PartValues) => gaussianInputs(v.steps, I, v.seed + 1000, 1);
const network = (v: PartValues) => ({ seed: v.seed, hiddenSize: v.hiddenSize, inputSize: I });
const lstmParams = (v: PartValues) =>
  seededLstm({ ...network(v), forgetBias: { add: v.forgetBias } });

function rnnPart(v: PartValues, inputs: Float64Array): RnnPart {
  const { seed, hiddenSize: H, steps: T } = v;
  return rnnPartMemo.get(`${seed}:${H}:${T}`, () => {
    const params = seededTanhRnn(network(v));
    // The per-step panel reads the first steps of the trace's own forward pass.
    const { trace, forward } = rnnTraceAndForward(params, T, inputs);
    const nF = Math.min(T, FACTOR_STEPS);
    return {
      hiddenGradNorms: trace.hiddenGradNorms,
      factors: rnnFactorMemo.get(`${seed}:${H}:${nF}`, () =>
        rnnStepFactors(params, rnnForwardPrefix(forward, nF)),
      ),
    };
  });
}

/**
 * The LSTM's per-step panel over its first steps. Its own forward pass over those steps is
 * the long trace's first steps to the bit (each step reads only earlier ones, in the same
 * order), so this half needs nothing from the other.
 */
function lstmPanel(v: PartValues, inputs: Float64Array) {
  const H = v.hiddenSize;
  const nF = Math.min(v.steps, FACTOR_STEPS);
  return lstmPanelMemo.get(`${v.seed}:${H}:${v.forgetBias}:${nF}`, () => {
    const params = lstmParams(v);
    const zeros = new Float64Array(H);
    const forward = lstmCell(params).forward(inputs, nF, zeros, zeros);
    const meanF: number[] = [];
    for (let t = 1; t <= nF; t++) {
      let sum = 0;
      for (let u = 0; u < H; u++) sum += forward.gates[(t - 1) * 4 * H + H + u]!;
      meanF.push(sum / H);
    }
    return { factors: lstmCellStepFactors(params, forward), meanF };
  });
}

/** The RNN's trace and factors, and the LSTM's per-step panel. */
export function rnnAndPanelsPart(v: PartValues): PartOutput {
  const inputs = inputsFor(v);
  const rnn = rnnPart(v, inputs);
  const lstm = lstmPanel(v, inputs);
  return {
    rnnHidden: rnn.hiddenGradNorms,
    rnnFactors: rnn.factors,
    lstmFactors: lstm.factors,
    meanF: lstm.meanF,
  };
}

/**
 * The LSTM over all steps: one forward pass, two gradients: full BPTT and only the cell path,
 * ∂L/∂c_k = (∏_{t>k} f_t) ⊙ ∂L/∂c_T.
 */
export function lstmTracesPart(v: PartValues): PartOutput {
  const { full, cellPath } = lstmTraces(lstmParams(v), v.steps, inputsFor(v));
  return {
    lstmCell: full.cellGradNorms ?? [],
    lstmHidden: full.hiddenGradNorms,
    cellPath: cellPath.cellGradNorms ?? [],
  };
}
