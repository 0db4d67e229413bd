/**
 * Lesson why-lstm-solves-vanishing-gradients: a tanh RNN's gradient decays geometrically going
 * back in time; an LSTM's cell-state gradient has the additive path dc_t/dc_{t-1} = diag(f_t)
 * plus terms through h_{t-1} and the gates (Gers et al. 2000). Two LSTM curves, both labelled:
 * the cell path alone (the product of forget gates applied to ∂L/∂c_T, which is what the 1997
 * truncation keeps) and the full gradient. They agree only once the forget gates are near 1
 * (b_f ≳ 3 here); below that the gate terms carry far more than the product of forget gates.
 */
import { sigmoid } from "../activations";
import { column, defineScenario } from "./define";
import { FACTOR_STEPS, I, lstmTracesPart, rnnAndPanelsPart } from "./why-lstm-parts";
import { fmt, fmtSmall, intParam, numParam, range, SEED_PARAM, series } from "./util";

export { rnnPartMemo } from "./why-lstm-parts";

export const whyLstmSolvesVanishing = defineScenario({
  id: "why-lstm-solves-vanishing-gradients",
  title: "RNN against LSTM: how far back does the gradient reach?",
  lessonId: "why-lstm-solves-vanishing-gradients",
  summary:
    "Gradient norm of the loss with respect to each earlier state, for a tanh RNN and an LSTM with the same kind of random weights; the forget-gate bias sets how much the LSTM's cell path keeps per step.",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient has to travel.",
      5,
      500,
      100,
    ),
    forgetBias: numParam(
      "Forget-gate bias",
      "",
      "Added to the LSTM's forget-gate bias; larger keeps f nearer 1.",
      -3,
      8,
      0.5,
      1,
    ),
    hiddenSize: intParam("Hidden units", "units", "Width of both networks.", 1, 64, 16),
    seed: SEED_PARAM,
  },
  cost: (v) =>
    2 * v.steps * 10 * v.hiddenSize * (v.hiddenSize + I) +
    2 * Math.min(v.steps, FACTOR_STEPS) * 50 * v.hiddenSize ** 2,
  // Two halves of about equal work, for two workers (why-lstm-parts.ts).
  split: {
    parts: [rnnAndPanelsPart, lstmTracesPart],
    combine: (v, [first, second]) => {
      const T = v.steps;
      const ks = range(T + 1);
      const nF = Math.min(T, FACTOR_STEPS);
      const ts = ks.slice(1, nF + 1);
      const rnnHidden = column(first, "rnnHidden");
      const rnnFactors = column(first, "rnnFactors");
      const lstmFactors = column(first, "lstmFactors");
      const meanF = column(first, "meanF");
      const cell = column(second, "lstmCell");
      const path = column(second, "cellPath");
      const lstmHidden = column(second, "lstmHidden");
      const fBar = sigmoid(v.forgetBias);
      const cT = cell[T] ?? 1;
      const ref = ks.map((k) => (cT ?? 1) * fBar ** (T - k));
      const ratio = (a: readonly (number | null)[]) => {
        const first = a[0];
        const last = a[T];
        return typeof first === "number" && typeof last === "number" && last !== 0
          ? first / last
          : null;
      };
      const full = ratio(cell);
      const only = ratio(path);
      const gap = full !== null && only !== null && only > 0 ? full / only : null;
      return {
        scenarioId: "why-lstm-solves-vanishing-gradients",
        mode: "full BPTT",
        caption:
          `Over ${T} steps the RNN keeps ${fmt(ratio(rnnHidden))} of its gradient; ` +
          `the LSTM's cell path keeps ${fmtSmall(only)} (the product of its forget gates; forget bias ${v.forgetBias}, σ(b_f) = ${fmt(fBar)}) ` +
          `and its full cell gradient ${fmtSmall(full)}, ${gapWords(gap)}. ` +
          `Per step (first ${nF}): the RNN's factor ‖diag(tanh′) W‖ has median ${fmt(median(rnnFactors))}, the LSTM's ‖∂c_t/∂c_{t−1}‖ ${fmt(median(lstmFactors))} (mean forget gate ${fmt(median(meanF))}).`,
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
              series("rnn-h", "RNN (tanh): ‖∂L/∂h_k‖", ks, rnnHidden, { log: true }),
              series("lstm-c", "LSTM: full ‖∂L/∂c_k‖ (every path)", ks, cell, { log: true }),
              series("lstm-path", "LSTM: cell path only, ‖(∏f_t) ⊙ ∂L/∂c_T‖", ks, path, {
                log: true,
              }),
              series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstmHidden, {
                log: true,
                style: "dotted",
              }),
              series("ref-f", `σ(b_f)^(T−k) reference (gates at their bias)`, ks, ref, {
                log: true,
                style: "dashed",
              }),
            ],
          },
          {
            id: "step-factors",
            title: "One step back: the factor each step multiplies by",
            xLabel: "step t",
            xUnit: "steps",
            yLabel: "‖per-step Jacobian‖₂",
            yUnit: "",
            yScale: "log",
            series: [
              series("rnn-factor", "RNN: ‖diag(tanh′(a_t)) W‖", ts, rnnFactors, { log: true }),
              series(
                "lstm-factor",
                "LSTM: ‖∂c_t/∂c_{t−1}‖ (diag(f_t) + gate terms)",
                ts,
                lstmFactors,
                {
                  log: true,
                },
              ),
              series(
                "rnn-realised",
                "RNN: realised ‖∂L/∂h_{t−1}‖ / ‖∂L/∂h_t‖",
                ts,
                realised(rnnHidden, ts),
                {
                  log: true,
                  style: "dashed",
                },
              ),
              series(
                "lstm-realised",
                "LSTM: realised ‖∂L/∂c_{t−1}‖ / ‖∂L/∂c_t‖",
                ts,
                realised(cell, ts),
                {
                  log: true,
                  style: "dashed",
                },
              ),
              series("mean-f", "LSTM: mean forget gate f_t", ts, meanF, {
                log: true,
                style: "dotted",
              }),
            ],
            referenceLines: [{ y: 1, label: "1" }],
          },
        ],
      };
    },
  },
});

/** How the full gradient compares with the cell path: "x times" or "within 2x" (either way). */
export function gapWords(gap: number | null): string {
  if (gap === null) return "which cannot be compared (a value is 0 or overflowed)";
  if (gap >= 0.5 && gap <= 2) return "within 2x of the cell path: the forget gates dominate";
  return gap > 1
    ? `${fmt(gap)} times the cell path: the terms through h and the gates carry the rest`
    : `${fmt(1 / gap)} times less than the cell path: the gate terms partly cancel it`;
}

function median(values: readonly (number | null)[]): number | null {
  const finite = values
    .filter((x): x is number => typeof x === "number" && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** The factor the gradient actually shrank by going from step t back to t − 1. */
function realised(norms: readonly (number | null)[], ts: readonly number[]): (number | null)[] {
  return ts.map((t) => {
    const before = norms[t - 1];
    const after = norms[t];
    return typeof before === "number" && typeof after === "number" && after > 0
      ? before / after
      : null;
  });
}
