/**
 * Lesson why-lstm-gradients-do-not-vanish-backward. The 1997 LSTM (Hochreiter & Schmidhuber,
 * appendix A.1) truncates the gradient: no error flows from the gates and cell input back into
 * h_{t-1}, so the cell path alone carries it, dc_t/dc_{t-1} = diag(f_t). Modern LSTMs use full
 * BPTT. With non-zero recurrent weights the two differ sharply, even in sign (SCIENCE O9).
 */
import { drawWeights } from "../init";
import { lstmBackward, lstmForward } from "../models/lstm";
import type { LstmParams } from "../models/types";
import { createRng } from "../rng";
import { stepNorms } from "../trace";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, range, SEED_PARAM, series } from "./util";

const I = 4;

export const fullVsTruncated = defineScenario({
  id: "why-lstm-gradients-do-not-vanish-backward",
  title: "Full BPTT against the 1997 truncated gradient",
  lessonId: "why-lstm-gradients-do-not-vanish-backward",
  summary:
    "The same LSTM and the same forward pass, differentiated two ways: every path (full BPTT) or only the cell path (the 1997 truncation).",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient travels.",
      5,
      300,
      50,
    ),
    recurrentScale: numParam(
      "Recurrent weight scale",
      "",
      "Multiplies W_hh; at 0 the two gradients coincide.",
      0,
      3,
      0.05,
      1,
    ),
    forgetBias: numParam("Forget-gate bias", "", "Added to the forget-gate bias.", -3, 8, 0.5, 1),
    hiddenSize: intParam("Hidden units", "units", "Width of the LSTM.", 1, 64, 8),
    seed: SEED_PARAM,
  },
  cost: (v) => v.steps * 4 * v.hiddenSize * (v.hiddenSize + I) * 6,
  run: (v) => {
    const H = v.hiddenSize;
    const T = v.steps;
    const w = drawWeights("pytorch-uniform", 4, H, I, createRng(v.seed), v.recurrentScale);
    for (let u = 0; u < H; u++) w.biasIH[H + u] = w.biasIH[H + u]! + v.forgetBias;
    const p: LstmParams = {
      kind: "lstm",
      hiddenSize: H,
      inputSize: I,
      weightIH: w.weightIH,
      weightHH: w.weightHH,
      bias: w.biasIH,
      forgetGate: true,
    };
    const inputs = gaussianInputs(T, I, v.seed + 1000, 1);
    const zeros = new Float64Array(H);
    const fwd = lstmForward(p, inputs, T, zeros, zeros);
    const seed = new Float64Array(H).fill(1);
    const full = lstmBackward(p, fwd, seed, null, "full-bptt");
    const fullC = stepNorms(full.dC, H, T);
    const fullC0 = Array.from({ length: T + 1 }, (_, k) => full.dC[k * H]!);
    const trunc = lstmBackward(p, fwd, seed, null, "truncated-1997");
    const truncC = stepNorms(trunc.dC, H, T);
    const truncC0 = Array.from({ length: T + 1 }, (_, k) => trunc.dC[k * H]!);
    const ks = range(T + 1);
    let signFlips = 0;
    for (let i = 0; i < (T + 1) * H; i++)
      if (Math.sign(full.dC[i]!) * Math.sign(trunc.dC[i]!) < 0) signFlips++;
    const rel =
      Math.abs((fullC[0] ?? 0) - (truncC[0] ?? 0)) / Math.max(truncC[0] ?? 0, Number.MIN_VALUE);
    return {
      scenarioId: "why-lstm-gradients-do-not-vanish-backward",
      mode: "full BPTT vs 1997 truncated gradient",
      caption:
        `At step 0, ‖∂L/∂c_0‖ is ${fmt(fullC[0])} (full BPTT) vs ${fmt(truncC[0])} (1997 truncated), a relative difference of ${fmt(rel)}; ` +
        `${signFlips} of ${(T + 1) * H} cell-gradient entries have opposite signs.`,
      panels: [
        {
          id: "cell-norms",
          title: "Cell-state gradient norm at step k",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "‖∂L/∂c_k‖",
          yUnit: "",
          yScale: "log",
          series: [
            series("full", "full BPTT", ks, fullC, { log: true }),
            series("truncated", "1997 truncated gradient", ks, truncC, {
              log: true,
              style: "dashed",
            }),
          ],
        },
        {
          id: "cell-unit",
          title: "Cell 1's gradient, signed",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "∂L/∂c_k[1]",
          yUnit: "",
          yScale: "linear",
          series: [
            series("full-1", "full BPTT", ks, fullC0),
            series("truncated-1", "1997 truncated gradient", ks, truncC0, { style: "dashed" }),
          ],
          referenceLines: [{ y: 0, label: "0" }],
        },
      ],
    };
  },
});
