/**
 * Teacher's scenario gru-vs-lstm: the GRU's additive path h' = (1 − z) n + z h keeps gradient
 * where z is near 1, as the LSTM's cell path does where f is near 1 (Cho et al. 2014; Jozefowicz
 * et al. 2015 found a forget-gate bias of 1 closes most of the gap between them). Both gate
 * biases start at 1, so the comparison is like for like: with unequal biases the network with
 * the larger one wins by orders of magnitude, which says nothing about the architectures.
 */
import { fullTrace, seededGru, seededLstm, seededTanhRnn } from "./networks";
import type { PartOutput } from "../scenario-types";
import { column, defineScenario } from "./define";
import {
  fmt,
  fmtSmall,
  gaussianInputs,
  intParam,
  numParam,
  range,
  SEED_PARAM,
  series,
} from "./util";

const I = 4;

interface Values {
  steps: number;
  hiddenSize: number;
  forgetBias: number;
  updateBias: number;
  seed: number;
}

const inputsFor = (v: Values) => gaussianInputs(v.steps, I, v.seed + 1000, 1);
const network = (v: Values) => ({ seed: v.seed, hiddenSize: v.hiddenSize, inputSize: I });

/** The GRU (update-gate bias added) and the tanh RNN, over all steps. */
export function gruAndRnnPart(v: Values): PartOutput {
  const H = v.hiddenSize;
  const inputs = inputsFor(v);
  const gruParams = seededGru(network(v));
  // Gate order r, z, n: the update-gate biases are entries H .. 2H-1.
  for (let u = 0; u < H; u++) gruParams.biasIH[H + u] = gruParams.biasIH[H + u]! + v.updateBias;
  return {
    gruHidden: fullTrace(gruParams, v.steps, inputs).hiddenGradNorms,
    rnnHidden: fullTrace(seededTanhRnn(network(v)), v.steps, inputs).hiddenGradNorms,
  };
}

/** The LSTM (forget-gate bias added), over all steps: its cell and hidden gradients. */
export function lstmPart(v: Values): PartOutput {
  const params = seededLstm({ ...network(v), forgetBias: { add: v.forgetBias } });
  const lstm = fullTrace(params, v.steps, inputsFor(v));
  return { lstmCell: lstm.cellGradNorms ?? [], lstmHidden: lstm.hiddenGradNorms };
}

export const gruVsLstm = defineScenario({
  id: "gru-vs-lstm",
  title: "GRU against LSTM (and a plain RNN)",
  lessonId: "why-lstm-solves-vanishing-gradients",
  summary:
    "Gradient norm through time for a GRU, an LSTM and a tanh RNN with PyTorch's default initialisation.",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient travels.",
      5,
      500,
      100,
    ),
    hiddenSize: intParam("Hidden units", "units", "Width of all three networks.", 1, 64, 16),
    forgetBias: numParam(
      "LSTM forget-gate bias",
      "",
      "Added to the LSTM's forget-gate bias.",
      -3,
      8,
      0.5,
      1,
    ),
    updateBias: numParam(
      "GRU update-gate bias",
      "",
      "Added to the GRU's z-gate bias; larger keeps more of h.",
      -3,
      8,
      0.5,
      1,
    ),
    seed: SEED_PARAM,
  },
  cost: (v) => 2 * v.steps * 8 * v.hiddenSize * (v.hiddenSize + I) * 2,
  // Two parts of about equal work, for two workers: the GRU's three gates and the RNN's one
  // against the LSTM's four. Each part reads only the parameters, so one worker and two
  // compute the same numbers.
  split: {
    parts: [gruAndRnnPart, lstmPart],
    combine: (v, [first, second]) => {
      const T = v.steps;
      const gru = column(first, "gruHidden");
      const rnn = column(first, "rnnHidden");
      const lstmCell = column(second, "lstmCell");
      const lstmHidden = column(second, "lstmHidden");
      const ks = range(T + 1);
      const g0 = gru[0] ?? null;
      const c0 = lstmCell[0] ?? null;
      return {
        scenarioId: "gru-vs-lstm",
        mode: "full BPTT",
        caption:
          `‖∂L/∂state_0‖ after ${T} steps: GRU ${fmtSmall(g0)}, LSTM cell ${fmtSmall(c0)}, RNN ${fmt(rnn[0])}` +
          ` (update bias ${v.updateBias}, forget bias ${v.forgetBias}): ${closeness(g0, c0)}.`,
        panels: [
          {
            id: "grad-norms",
            title: "Gradient norm with respect to the state at step k",
            xLabel: "step k",
            xUnit: "steps",
            yLabel: "‖∂L/∂state_k‖",
            yUnit: "",
            yScale: "log",
            series: [
              series("gru", "GRU: ‖∂L/∂h_k‖", ks, gru, { log: true }),
              series("lstm-c", "LSTM: ‖∂L/∂c_k‖", ks, lstmCell, { log: true }),
              series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstmHidden, {
                log: true,
                style: "dotted",
              }),
              series("rnn", "RNN (tanh): ‖∂L/∂h_k‖", ks, rnn, {
                log: true,
                style: "dashed",
              }),
            ],
          },
        ],
      };
    },
  },
});

/** How far apart the GRU's and the LSTM's step-0 gradients are, in words. */
export function closeness(gru: number | null, lstm: number | null): string {
  if (gru === null || lstm === null || gru <= 0 || lstm <= 0)
    return "one of them is 0 or overflowed, so they cannot be compared";
  const ratio = gru >= lstm ? gru / lstm : lstm / gru;
  const which = gru >= lstm ? "GRU" : "LSTM";
  return ratio <= 10
    ? `the two gated networks are within ${fmt(ratio)}x of each other`
    : `the ${which} keeps ${fmt(ratio)} times more`;
}
