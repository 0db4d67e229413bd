/**
 * Lesson why-lstm-gradients-do-not-vanish-backward. The 1997 LSTM (Hochreiter & Schmidhuber,
 * appendix A.1) truncates the gradient: no error flows from the gates and cell input back into
 * h_{t-1}, so the cell path alone carries it, dc_t/dc_{t-1} = diag(f_t). Modern LSTMs use full
 * BPTT. With non-zero recurrent weights the two differ sharply, even in sign. The default is
 * the 1997 cell itself (no forget gate), where the truncated cell gradient is exactly ∂L/∂c_T
 * at every step; with a forget gate the same truncation is only "1997-style" and decays by the
 * product of the forget gates.
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
    variant: {
      kind: "choice",
      label: "LSTM variant",
      meaning:
        "The 1997 cell (no forget gate, f ≡ 1) or a modern LSTM with a forget gate (Gers et al. 2000).",
      options: [
        { value: "lstm-1997", label: "1997, no forget gate" },
        { value: "forget-gate", label: "with forget gate" },
      ],
      default: "lstm-1997",
    },
    forgetBias: numParam(
      "Forget-gate bias",
      "",
      "Added to the forget-gate bias (ignored without a forget gate).",
      -3,
      8,
      0.5,
      1,
    ),
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
      forgetGate: v.variant === "forget-gate",
    };
    const truncLabel =
      v.variant === "forget-gate"
        ? "1997-style truncation (with forget gate)"
        : "1997 truncated gradient";
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
    const cell = v.variant === "forget-gate" ? "With a forget gate" : "1997 cell, no forget gate";
    return {
      scenarioId: "why-lstm-gradients-do-not-vanish-backward",
      mode: `full BPTT vs ${truncLabel}`,
      caption:
        (truncC[T] === 0
          ? `${cell}: ‖∂L/∂c_T‖ is 0, because the cell has grown until tanh′(c_T) is 0 in float64, so no gradient enters it. `
          : `${cell}: the truncated cell gradient keeps ${fmt(kept(truncC, T))} of ‖∂L/∂c_T‖ over ${T} steps, the full gradient ${fmt(kept(fullC, T))}. `) +
        `At step 0, ‖∂L/∂c_0‖ is ${fmt(fullC[0])} (full BPTT) vs ${fmt(truncC[0])} (truncated)${relWords(fullC[0] ?? 0, truncC[0] ?? 0)}; ` +
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
            series("truncated", truncLabel, ks, truncC, {
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
            series("truncated-1", truncLabel, ks, truncC0, { style: "dashed" }),
          ],
          referenceLines: [{ y: 0, label: "0" }],
        },
      ],
    };
  },
});

/** ‖g_0‖ / ‖g_T‖ of a norm series, null when it cannot be formed. */
function kept(norms: readonly number[], T: number): number | null {
  const r = (norms[0] ?? NaN) / (norms[T] ?? NaN);
  return Number.isFinite(r) ? r : null;
}

/** ", a relative difference of x" when the truncated value is not 0. */
function relWords(full: number, truncated: number): string {
  if (truncated === 0) return full === 0 ? "" : ", so only the full gradient reaches step 0";
  return `, a relative difference of ${fmt(Math.abs(full - truncated) / truncated)}`;
}
